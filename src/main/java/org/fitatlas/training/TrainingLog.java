package org.fitatlas.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.internal.SessionStore;
import org.fitatlas.training.internal.SessionStore.SessionRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training log's public door: start, read, list, finish and delete sessions; log,
 * change and delete sets. Every call names the person; another person's session is simply
 * not found. Writes with a client-made id are replay-safe.
 */
@Service
public class TrainingLog {

	public static final int MAX_LIST = 500;

	private final SessionStore store;

	private final ExerciseCatalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingLog(SessionStore store, ExerciseCatalog catalog, ApplicationEventPublisher events) {
		this.store = store;
		this.catalog = catalog;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/** Starts a session, or returns the one already stored under the same id. */
	@Transactional
	public Stored<TrainingSession> start(AccountId account, NewSession command) {
		UUID id = (command.id() != null) ? command.id() : UUID.randomUUID();
		OffsetDateTime startedAt = (command.startedAt() != null) ? command.startedAt() : now();
		boolean created = this.store.insert(account, new SessionRow(id, command.title(), utc(startedAt), null, null,
				null, command.planId(), command.week(), command.day()));
		return new Stored<>(session(account, id), created);
	}

	public TrainingSession session(AccountId account, UUID id) {
		return this.store.find(account, id).orElseThrow(() -> SessionNotFound.forId(id));
	}

	/**
	 * Sessions started on the days {@code from}..{@code to} (both included, UTC), newest
	 * first.
	 */
	public List<SessionSummary> sessions(AccountId account, LocalDate from, LocalDate to, int limit) {
		return sessions(account, from, to, limit, ZoneOffset.UTC);
	}

	/**
	 * Sessions started on the days {@code from}..{@code to} (both included) as the
	 * calendar runs in {@code zone}, newest first.
	 */
	public List<SessionSummary> sessions(AccountId account, LocalDate from, LocalDate to, int limit,
			java.time.ZoneId zone) {
		if (to.isBefore(from)) {
			throw InvalidParameter.of("to", to.toString(), "a date on or after from (" + from + ")");
		}
		if (limit < 1 || limit > MAX_LIST) {
			throw InvalidParameter.of("limit", String.valueOf(limit), "1.." + MAX_LIST);
		}
		return this.store.list(account, from.atStartOfDay(zone).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), limit);
	}

	public void delete(AccountId account, UUID id) {
		if (!this.store.delete(account, id)) {
			throw SessionNotFound.forId(id);
		}
	}

	@Transactional
	public TrainingSession finish(AccountId account, UUID id, Finish command) {
		TrainingSession session = session(account, id);
		OffsetDateTime endedAt = (command.endedAt() != null) ? utc(command.endedAt()) : now();
		if (endedAt.isBefore(session.startedAt())) {
			throw InvalidParameter.of("endedAt", endedAt.toString(),
					"a time on or after the session's start (" + session.startedAt() + ")");
		}
		this.store.finish(account, id, endedAt, command.feeling(), command.note());
		this.events.publishEvent(new SessionFinished(account, id));
		return session(account, id);
	}

	/**
	 * Logs a set at the end of the session, or returns the one already stored under the
	 * same id.
	 */
	@Transactional
	public Stored<LoggedSet> log(AccountId account, UUID sessionId, NewSet command) {
		session(account, sessionId);
		UUID id = (command.id() != null) ? command.id() : UUID.randomUUID();
		var existing = this.store.findSet(account, id);
		if (existing.isPresent()) {
			return new Stored<>(sameSession(existing.get(), sessionId), false);
		}
		OffsetDateTime completedAt = (command.completedAt() != null) ? utc(command.completedAt()) : now();
		boolean created = this.store.insertSet(account, sessionId, id, command, name(command), completedAt);
		LoggedSet stored = this.store.findSet(account, id).orElseThrow(() -> SessionNotFound.forSet(sessionId, id));
		return new Stored<>(sameSession(stored, sessionId), created);
	}

	/** The set as it is stored, for changing some of its fields. */
	public LoggedSet set(AccountId account, UUID sessionId, UUID setId) {
		return this.store.findSet(account, setId)
			.filter((s) -> s.sessionId().equals(sessionId))
			.orElseThrow(() -> SessionNotFound.forSet(sessionId, setId));
	}

	@Transactional
	public LoggedSet change(AccountId account, UUID sessionId, UUID setId, NewSet command) {
		LoggedSet current = set(account, sessionId, setId);
		OffsetDateTime completedAt = (command.completedAt() != null) ? utc(command.completedAt())
				: current.completedAt();
		this.store.updateSet(account, setId, command, name(command), completedAt);
		return set(account, sessionId, setId);
	}

	public void deleteSet(AccountId account, UUID sessionId, UUID setId) {
		if (!this.store.deleteSet(account, sessionId, setId)) {
			throw SessionNotFound.forSet(sessionId, setId);
		}
	}

	/** An atlas exercise by slug, or a 400 naming the field. */
	public Exercise exercise(String field, String slug) {
		return this.catalog.find(slug)
			.orElseThrow(() -> InvalidParameter.of(field, slug,
					"the slug of an exercise of the atlas, like bird-dog (list them at /api/v1/exercises)"));
	}

	private String name(NewSet command) {
		if (command.exercise() != null) {
			return exercise("exercise", command.exercise()).name();
		}
		return command.exerciseName();
	}

	private static LoggedSet sameSession(LoggedSet set, UUID sessionId) {
		if (!set.sessionId().equals(sessionId)) {
			throw InvalidParameter.of("id", set.id().toString(),
					"an id not used by another of your sets (it belongs to session " + set.sessionId() + ")");
		}
		return set;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withNano(0);
	}

	private static OffsetDateTime utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

}
