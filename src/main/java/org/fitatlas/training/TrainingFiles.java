package org.fitatlas.training;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.ImportReport.Match;
import org.fitatlas.training.ImportReport.SkippedRow;
import org.fitatlas.training.internal.ExerciseMatcher;
import org.fitatlas.training.internal.SessionStore;
import org.fitatlas.training.internal.SessionStore.SessionRow;
import org.fitatlas.training.logfiles.LogFile;
import org.fitatlas.training.logfiles.LogFileSession;
import org.fitatlas.training.logfiles.LogFileSet;
import org.fitatlas.training.logfiles.LogFiles;
import org.fitatlas.training.logfiles.LogFormat;
import org.fitatlas.training.logfiles.MalformedLogFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's training log as a CSV file: our own export, and imports of ours, Strong's
 * and Hevy's. An import is one transaction and replay-safe (ids come from the file, or
 * are derived from it), so importing the same file twice stores nothing new.
 */
@Service
public class TrainingFiles {

	/** The largest file an import takes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final SessionStore store;

	private final ExerciseCatalog catalog;

	private final ExerciseMatcher matcher;

	TrainingFiles(SessionStore store, ExerciseCatalog catalog, ExerciseMatcher matcher) {
		this.store = store;
		this.catalog = catalog;
		this.matcher = matcher;
	}

	/** Every session and set of the person in our CSV format. */
	public String export(AccountId account) {
		List<LogFileSession> sessions = new ArrayList<>();
		for (TrainingSession s : this.store.all(account)) {
			List<LogFileSet> sets = s.sets()
				.stream()
				.map((t) -> new LogFileSet(0, t.id(), t.position(), t.exercise(), t.exerciseName(), t.setType(),
						t.reps(), t.loadKg(), t.holdSeconds(), t.side(), t.rpe(), t.rir(), t.pain(), t.note(),
						t.completedAt()))
				.toList();
			sessions.add(new LogFileSession(s.id(), s.title(), s.startedAt(), s.endedAt(), s.feeling(), s.note(),
					s.planId(), s.week(), s.day(), sets));
		}
		return LogFiles.write(sessions);
	}

	/** Reads the file and stores what is new, all or nothing. */
	@Transactional
	public ImportReport importFile(AccountId account, String text, ZoneId zone) {
		LogFile file = LogFiles.read(text, zone);
		ExerciseMatcher.Session matching = this.matcher.session();
		Map<String, String> matched = new LinkedHashMap<>();
		Set<String> unmatched = new LinkedHashSet<>();
		int sets = 0;
		int created = 0;
		int createdSessions = 0;
		for (LogFileSession session : file.sessions()) {
			int line = session.sets().isEmpty() ? 0 : session.sets().get(0).line();
			NewSession start = command(line, () -> new NewSession(session.id(), session.startedAt(), session.title(),
					session.planId(), session.week(), session.day()));
			command(line, () -> new Finish(session.endedAt(), session.feeling(), session.note()));
			if (this.store.insert(account,
					new SessionRow(session.id(), start.title(), session.startedAt(), session.endedAt(),
							session.feeling(), session.note(), session.planId(), session.week(), session.day()))) {
				createdSessions++;
			}
			for (LogFileSet set : session.sets()) {
				sets++;
				Optional<Exercise> exercise = exercise(file.format(), set, matching);
				exercise.ifPresentOrElse((e) -> matched.putIfAbsent(set.exerciseName(), e.slug()),
						() -> unmatched.add(set.exerciseName()));
				NewSet command = command(set.line(),
						() -> new NewSet(set.id(), exercise.map(Exercise::slug).orElse(null), set.exerciseName(),
								set.setType(), set.reps(), set.loadKg(), set.holdSeconds(),
								(set.side() != null) ? set.side() : "both", set.rpe(), set.rir(), set.pain(),
								set.note(), set.completedAt()));
				Optional<LoggedSet> existing = this.store.findSet(account, set.id());
				if (existing.isPresent()) {
					if (!existing.get().sessionId().equals(session.id())) {
						throw MalformedLogFile.at(set.line(), "the set id " + set.id()
								+ " already belongs to another of your sessions (" + existing.get().sessionId() + ")");
					}
					continue;
				}
				OffsetDateTime completedAt = (set.completedAt() != null) ? set.completedAt() : session.startedAt();
				String name = exercise.map(Exercise::name).orElse(set.exerciseName());
				if (file.format() != LogFormat.FITATLAS) {
					name = set.exerciseName();
				}
				if (this.store.insertSet(account, session.id(), set.id(), set.order(), command, name, completedAt)) {
					created++;
				}
			}
		}
		List<Match> matches = matched.entrySet().stream().map((e) -> new Match(e.getKey(), e.getValue())).toList();
		List<SkippedRow> skipped = file.skipped().stream().map((s) -> new SkippedRow(s.line(), s.reason())).toList();
		unmatched.removeAll(matched.keySet());
		return new ImportReport(file.format().token(), file.sessions().size(), sets, created, createdSessions, matches,
				List.copyOf(unmatched), skipped);
	}

	/** Our own files name the slug; other apps' names are matched through search. */
	private Optional<Exercise> exercise(LogFormat format, LogFileSet set, ExerciseMatcher.Session matching) {
		if (set.exerciseSlug() != null) {
			return this.catalog.find(set.exerciseSlug());
		}
		return (format == LogFormat.FITATLAS) ? Optional.empty() : matching.match(set.exerciseName());
	}

	/**
	 * Builds a command, turning a refused value into an error that names the file's line.
	 */
	private static <T> T command(int line, java.util.function.Supplier<T> build) {
		try {
			return build.get();
		}
		catch (InvalidParameter ex) {
			throw MalformedLogFile.at(line, ex.getMessage());
		}
	}

}
