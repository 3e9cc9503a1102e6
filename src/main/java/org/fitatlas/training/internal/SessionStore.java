package org.fitatlas.training.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.training.LoggedExercise;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.NewSet;
import org.fitatlas.training.SessionSummary;
import org.fitatlas.training.TrainingSession;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for sessions and sets. Every statement names the account, so nothing here can reach
 * another person's rows.
 */
@Repository
public class SessionStore {

	private static final String SET_COLUMNS = "id, session_id, position, exercise_slug, exercise_name, set_type, reps, "
			+ "load_kg, hold_seconds, side, rpe, rir, pain, note, completed_at";

	private static final String SESSION_COLUMNS = "id, title, started_at, ended_at, feeling, note, plan_id, plan_week, plan_day";

	/** A session row before its sets are attached. */
	public record SessionRow(UUID id, @Nullable String title, OffsetDateTime startedAt,
			@Nullable OffsetDateTime endedAt, @Nullable Integer feeling, @Nullable String note, @Nullable UUID planId,
			@Nullable Integer week, @Nullable Integer day) {

		TrainingSession with(List<LoggedSet> sets) {
			return new TrainingSession(this.id, this.title, this.startedAt, this.endedAt, this.feeling, this.note,
					this.planId, this.week, this.day, sets);
		}

	}

	private final JdbcClient jdbc;

	SessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the session unless one with this id exists; true when inserted. */
	public boolean insert(AccountId account, SessionRow row) {
		return this.jdbc
			.sql("""
					insert into training_session (account_id, id, title, started_at, ended_at, feeling, note, plan_id, plan_week, plan_day)
					values (:account, :id, :title, :startedAt, :endedAt, :feeling, :note, :planId, :week, :day)
					on conflict (account_id, id) do nothing""")
			.param("account", account.value())
			.param("id", row.id())
			.param("title", row.title())
			.param("startedAt", row.startedAt())
			.param("endedAt", row.endedAt())
			.param("feeling", row.feeling())
			.param("note", row.note())
			.param("planId", row.planId())
			.param("week", row.week())
			.param("day", row.day())
			.update() == 1;
	}

	public Optional<TrainingSession> find(AccountId account, UUID id) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from training_session where account_id = :account and id = :id")
			.param("account", account.value())
			.param("id", id)
			.query(SessionStore::session)
			.optional()
			.map((row) -> row.with(setsOf(account, id)));
	}

	/**
	 * Sessions started from {@code from} (inclusive) to {@code to} (exclusive), newest
	 * first.
	 */
	public List<SessionSummary> list(AccountId account, OffsetDateTime from, OffsetDateTime to, int limit) {
		return this.jdbc
			.sql("""
					select s.id, s.title, s.started_at, s.ended_at, s.feeling, s.plan_id, s.plan_week, s.plan_day,
					       count(t.id) as set_count, max(t.pain) as max_pain,
					       coalesce(array_agg(t.exercise_name order by t.position) filter (where t.id is not null), '{}') as names
					from training_session s
					left join training_set t on t.account_id = s.account_id and t.session_id = s.id
					where s.account_id = :account and s.started_at >= :from and s.started_at < :to
					group by s.account_id, s.id
					order by s.started_at desc, s.id
					limit :limit""")
			.param("account", account.value())
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new SessionSummary(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
					intOrNull(rs, "feeling"), rs.getObject("plan_id", UUID.class), intOrNull(rs, "plan_week"),
					intOrNull(rs, "plan_day"), rs.getInt("set_count"), intOrNull(rs, "max_pain"),
					distinct((String[]) rs.getArray("names").getArray())))
			.list();
	}

	/** Every session of the person, oldest first, with its sets (for the export). */
	public List<TrainingSession> all(AccountId account) {
		Map<UUID, List<LoggedSet>> sets = this.jdbc
			.sql("select " + SET_COLUMNS
					+ " from training_set where account_id = :account order by session_id, position, id")
			.param("account", account.value())
			.query(SessionStore::set)
			.list()
			.stream()
			.collect(Collectors.groupingBy(LoggedSet::sessionId));
		return this.jdbc
			.sql("select " + SESSION_COLUMNS
					+ " from training_session where account_id = :account order by started_at, id")
			.param("account", account.value())
			.query(SessionStore::session)
			.list()
			.stream()
			.map((row) -> row.with(sets.getOrDefault(row.id(), List.of())))
			.toList();
	}

	public boolean delete(AccountId account, UUID id) {
		return this.jdbc.sql("delete from training_session where account_id = :account and id = :id")
			.param("account", account.value())
			.param("id", id)
			.update() == 1;
	}

	public boolean finish(AccountId account, UUID id, OffsetDateTime endedAt, @Nullable Integer feeling,
			@Nullable String note) {
		return this.jdbc
			.sql("""
					update training_session set ended_at = :endedAt, feeling = coalesce(:feeling, feeling), note = coalesce(:note, note)
					where account_id = :account and id = :id""")
			.param("account", account.value())
			.param("id", id)
			.param("endedAt", endedAt)
			.param("feeling", feeling)
			.param("note", note)
			.update() == 1;
	}

	/**
	 * Inserts the set at the end of its session unless one with this id exists; true when
	 * inserted.
	 */
	public boolean insertSet(AccountId account, UUID session, UUID id, NewSet set, String name,
			OffsetDateTime completedAt) {
		return insertSet(account, session, id, null, set, name, completedAt);
	}

	/**
	 * Inserts the set at the given position (at the end when null) unless one with this
	 * id exists; true when inserted.
	 */
	public boolean insertSet(AccountId account, UUID session, UUID id, @Nullable Integer position, NewSet set,
			String name, OffsetDateTime completedAt) {
		return this.jdbc.sql("""
				insert into training_set (account_id, session_id, id, position, exercise_slug, exercise_name, set_type,
				    reps, load_kg, hold_seconds, side, rpe, rir, pain, note, completed_at)
				values (:account, :session, :id,
				    coalesce(cast(:position as int), (select coalesce(max(position), 0) + 1 from training_set
				                                      where account_id = :account and session_id = :session)),
				    :slug, :name, :type, :reps, :load, :hold, :side, :rpe, :rir, :pain, :note, :completedAt)
				on conflict (account_id, id) do nothing""")
			.param("account", account.value())
			.param("session", session)
			.param("id", id)
			.param("position", position, java.sql.Types.INTEGER)
			.params(setFields(set, name, completedAt))
			.update() == 1;
	}

	/** A set's own columns, as named parameters for an insert or an update. */
	private static Map<String, Object> setFields(NewSet set, String name, OffsetDateTime completedAt) {
		Map<String, Object> fields = new java.util.HashMap<>();
		fields.put("slug", set.exercise());
		fields.put("name", name);
		fields.put("type", set.setType());
		fields.put("reps", set.reps());
		fields.put("load", set.loadKg());
		fields.put("hold", set.holdSeconds());
		fields.put("side", set.side());
		fields.put("rpe", set.rpe());
		fields.put("rir", set.rir());
		fields.put("pain", set.pain());
		fields.put("note", set.note());
		fields.put("completedAt", completedAt);
		return fields;
	}

	public Optional<LoggedSet> findSet(AccountId account, UUID id) {
		return this.jdbc.sql("select " + SET_COLUMNS + " from training_set where account_id = :account and id = :id")
			.param("account", account.value())
			.param("id", id)
			.query(SessionStore::set)
			.optional();
	}

	public void updateSet(AccountId account, UUID id, NewSet set, String name, OffsetDateTime completedAt) {
		this.jdbc
			.sql("""
					update training_set set exercise_slug = :slug, exercise_name = :name, set_type = :type, reps = :reps,
					    load_kg = :load, hold_seconds = :hold, side = :side, rpe = :rpe, rir = :rir, pain = :pain, note = :note,
					    completed_at = :completedAt
					where account_id = :account and id = :id""")
			.param("account", account.value())
			.param("id", id)
			.params(setFields(set, name, completedAt))
			.update();
	}

	public boolean deleteSet(AccountId account, UUID session, UUID id) {
		return this.jdbc
			.sql("delete from training_set where account_id = :account and session_id = :session and id = :id")
			.param("account", account.value())
			.param("session", session)
			.param("id", id)
			.update() == 1;
	}

	public List<LoggedSet> setsOf(AccountId account, UUID session) {
		return this.jdbc
			.sql("select " + SET_COLUMNS
					+ " from training_set where account_id = :account and session_id = :session order by position, id")
			.param("account", account.value())
			.param("session", session)
			.query(SessionStore::set)
			.list();
	}

	/**
	 * The sessions in which the person logged this exercise, oldest first, each with only
	 * that exercise's sets.
	 */
	public List<TrainingSession> sessionsWith(AccountId account, String slug) {
		List<LoggedSet> sets = this.jdbc.sql("select " + prefixed("t.") + """
				 from training_set t join training_session s on s.account_id = t.account_id and s.id = t.session_id
				where t.account_id = :account and t.exercise_slug = :slug
				order by s.started_at, s.id, t.position, t.id""")
			.param("account", account.value())
			.param("slug", slug)
			.query(SessionStore::set)
			.list();
		if (sets.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<LoggedSet>> bySession = sets.stream()
			.collect(Collectors.groupingBy(LoggedSet::sessionId, java.util.LinkedHashMap::new, Collectors.toList()));
		Map<UUID, SessionRow> rows = this.jdbc
			.sql("select " + SESSION_COLUMNS + " from training_session where account_id = :account and id in (:ids)")
			.param("account", account.value())
			.param("ids", new ArrayList<>(bySession.keySet()))
			.query(SessionStore::session)
			.list()
			.stream()
			.collect(Collectors.toMap(SessionRow::id, Function.identity()));
		return bySession.entrySet().stream().map((e) -> rows.get(e.getKey()).with(e.getValue())).toList();
	}

	/** The atlas exercises in the person's sets, the most recently trained first. */
	public List<LoggedExercise> loggedExercises(AccountId account) {
		return this.jdbc.sql("""
				select t.exercise_slug, min(t.exercise_name) as name, max(s.started_at) as last_trained,
				       count(distinct t.session_id) as sessions
				from training_set t join training_session s on s.account_id = t.account_id and s.id = t.session_id
				where t.account_id = :account and t.exercise_slug is not null
				group by t.exercise_slug
				order by last_trained desc, t.exercise_slug""")
			.param("account", account.value())
			.query((rs, n) -> new LoggedExercise(rs.getString("exercise_slug"), rs.getString("name"),
					rs.getObject("last_trained", OffsetDateTime.class), rs.getInt("sessions")))
			.list();
	}

	/** The plan and week of the person's latest session that followed a plan. */
	public Optional<PlanPlace> latestPlanPlace(AccountId account) {
		return this.jdbc.sql("""
				select plan_id, plan_week, plan_day from training_session
				where account_id = :account and plan_id is not null
				order by started_at desc, id limit 1""")
			.param("account", account.value())
			.query((rs, n) -> new PlanPlace(rs.getObject(1, UUID.class), intOrNull(rs, "plan_week"),
					intOrNull(rs, "plan_day")))
			.optional();
	}

	/** The plan sessions (week, day) the person has finished. */
	public java.util.Set<PlanPlace> finishedInPlan(AccountId account, UUID plan) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select plan_id, plan_week, plan_day from training_session
				where account_id = :account and plan_id = :plan and ended_at is not null and plan_week is not null""")
			.param("account", account.value())
			.param("plan", plan)
			.query((rs, n) -> new PlanPlace(rs.getObject(1, UUID.class), intOrNull(rs, "plan_week"),
					intOrNull(rs, "plan_day")))
			.list());
	}

	/** A place in a plan: its week and day (either may be unknown). */
	public record PlanPlace(UUID planId, @Nullable Integer week, @Nullable Integer day) {
	}

	private static String prefixed(String prefix) {
		return java.util.Arrays.stream(SET_COLUMNS.split(", "))
			.map((c) -> prefix + c)
			.collect(Collectors.joining(", "));
	}

	private static List<String> distinct(String[] names) {
		return java.util.Arrays.stream(names).distinct().toList();
	}

	static SessionRow session(ResultSet rs, int n) throws SQLException {
		return new SessionRow(rs.getObject("id", UUID.class), rs.getString("title"),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
				intOrNull(rs, "feeling"), rs.getString("note"), rs.getObject("plan_id", UUID.class),
				intOrNull(rs, "plan_week"), intOrNull(rs, "plan_day"));
	}

	static LoggedSet set(ResultSet rs, int n) throws SQLException {
		return new LoggedSet(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getInt("position"), rs.getString("exercise_slug"), rs.getString("exercise_name"),
				rs.getString("set_type"), intOrNull(rs, "reps"), decimal(rs.getBigDecimal("load_kg")),
				intOrNull(rs, "hold_seconds"), rs.getString("side"), decimal(rs.getBigDecimal("rpe")),
				intOrNull(rs, "rir"), intOrNull(rs, "pain"), rs.getString("note"),
				rs.getObject("completed_at", OffsetDateTime.class));
	}

	@Nullable private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** 20.00 → 20, 22.50 → 22.5: loads and efforts read as people write them. */
	@Nullable static BigDecimal decimal(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
