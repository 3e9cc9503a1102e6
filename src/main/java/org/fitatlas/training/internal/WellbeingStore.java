package org.fitatlas.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.training.BodyWeight;
import org.fitatlas.training.PainCheck;
import org.fitatlas.training.PendingPainCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for morning pain checks and body weight, always scoped to one account.
 */
@Repository
public class WellbeingStore {

	/** Pain at or above this during a session asks for a check the next morning. */
	public static final int PAIN_WORTH_CHECKING = 3;

	private final JdbcClient jdbc;

	WellbeingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PendingPainCheck> pending(AccountId account) {
		return this.jdbc.sql("""
				select s.id, s.started_at, max(t.pain) as max_pain,
				       array_agg(distinct t.exercise_name) filter (where t.pain >= :threshold) as names
				from training_session s
				join training_set t on t.account_id = s.account_id and t.session_id = s.id
				where s.account_id = :account and s.ended_at is not null
				  and not exists (select 1 from pain_check c where c.account_id = s.account_id and c.session_id = s.id)
				group by s.id, s.started_at
				having max(t.pain) >= :threshold
				order by s.started_at desc""")
			.param("account", account.value())
			.param("threshold", PAIN_WORTH_CHECKING)
			.query((rs, n) -> new PendingPainCheck(rs.getObject("id", UUID.class),
					rs.getObject("started_at", OffsetDateTime.class), rs.getInt("max_pain"),
					List.of((String[]) rs.getArray("names").getArray())))
			.list();
	}

	/** Stores or replaces the check; true when it is new. */
	public boolean save(AccountId account, PainCheck check) {
		boolean existed = this.jdbc
			.sql("select count(*) from pain_check where account_id = :account and session_id = :session")
			.param("account", account.value())
			.param("session", check.sessionId())
			.query(Long.class)
			.single() > 0;
		this.jdbc
			.sql("""
					insert into pain_check (account_id, session_id, morning_pain, compared_to_before)
					values (:account, :session, :pain, :compared)
					on conflict (account_id, session_id) do update
					set morning_pain = excluded.morning_pain, compared_to_before = excluded.compared_to_before, checked_at = now()""")
			.param("account", account.value())
			.param("session", check.sessionId())
			.param("pain", check.morningPain())
			.param("compared", check.comparedToBefore())
			.update();
		return !existed;
	}

	public List<PainCheck> checks(AccountId account) {
		return this.jdbc.sql("""
				select session_id, morning_pain, compared_to_before, checked_at from pain_check
				where account_id = :account order by checked_at""")
			.param("account", account.value())
			.query((rs, n) -> new PainCheck(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	public Map<UUID, PainCheck> checks(AccountId account, Collection<UUID> sessions) {
		if (sessions.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select session_id, morning_pain, compared_to_before, checked_at from pain_check
				where account_id = :account and session_id in (:sessions)""")
			.param("account", account.value())
			.param("sessions", List.copyOf(sessions))
			.query((rs, n) -> new PainCheck(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(PainCheck::sessionId, (c) -> c));
	}

	/** Stores or replaces the day's weight; true when the day is new. */
	public boolean saveWeight(AccountId account, BodyWeight weight) {
		boolean existed = this.jdbc.sql("select count(*) from body_weight where account_id = :account and day = :day")
			.param("account", account.value())
			.param("day", weight.date())
			.query(Long.class)
			.single() > 0;
		this.jdbc.sql("""
				insert into body_weight (account_id, day, kg) values (:account, :day, :kg)
				on conflict (account_id, day) do update set kg = excluded.kg""")
			.param("account", account.value())
			.param("day", weight.date())
			.param("kg", weight.kg())
			.update();
		return !existed;
	}

	public List<BodyWeight> weights(AccountId account) {
		return this.jdbc.sql("select day, kg from body_weight where account_id = :account order by day")
			.param("account", account.value())
			.query((rs, n) -> new BodyWeight(rs.getObject(1, LocalDate.class),
					SessionStore.decimal(rs.getBigDecimal(2))))
			.list();
	}

}
