package org.fitatlas.planning;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.NotSignedIn;
import org.fitatlas.accounts.PersonalData;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stored plans: generated once, kept as a compressed document under a random id. A plan
 * made while signed in belongs to that person: only they can open, list or delete it; one
 * made without signing in is open to whoever has the id and expires after 30 days.
 */
@Service
public class Plans implements PersonalData {

	/** A plan in a list. */
	public record PlanSummary(UUID id, String goal, String summary, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Duration anonymousRetention;

	Plans(JdbcClient jdbc, JsonMapper json,
			@Value("${fitatlas.plans.anonymous-retention:30d}") Duration anonymousRetention) {
		if (anonymousRetention.isNegative() || anonymousRetention.isZero()) {
			throw new IllegalArgumentException(
					"fitatlas.plans.anonymous-retention must be positive, was " + anonymousRetention);
		}
		this.jdbc = jdbc;
		this.json = json;
		this.anonymousRetention = anonymousRetention;
	}

	/**
	 * Stores a plan (gzip-compressed JSON); without an owner it expires after the
	 * configured retention (30 days unless set otherwise).
	 */
	public Plan save(Plan plan, Optional<AccountId> owner) {
		Plan stored = plan.withId(UUID.randomUUID());
		this.jdbc.sql("""
				insert into plan (id, owner_id, goal, request, summary, document_gz)
				values (:id, :owner, :goal, cast(:request as jsonb), :summary, :document)
				""")
			.param("id", stored.id())
			.param("owner", owner.map(AccountId::value).orElse(null))
			.param("goal", stored.profile().goal())
			.param("request", this.json.writeValueAsString(stored.profile()))
			.param("summary", stored.summary())
			.param("document", PlanDocuments.compress(this.json.writeValueAsBytes(stored)))
			.update();
		return stored;
	}

	/**
	 * Keeps an anonymous plan in this person's account, so it no longer expires and only
	 * they can open it; a plan they already own stays theirs. Anyone else's plan, or an
	 * expired one, is not found.
	 */
	public void claim(UUID id, AccountId owner) {
		int claimed = this.jdbc.sql("""
				update plan set owner_id = :owner
				where id = :id and (owner_id = :owner or (owner_id is null and created_at >= :cutoff))""")
			.param("owner", owner.value())
			.param("id", id)
			.param("cutoff", cutoff())
			.update();
		if (claimed == 0) {
			throw PlanNotFound.forId(id);
		}
	}

	/**
	 * Whether this plan is kept in this person's account (so there is nothing to keep).
	 */
	public boolean ownedBy(UUID id, AccountId owner) {
		return this.jdbc.sql("select count(*) from plan where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Deletes anonymous plans older than the retention; returns how many went. */
	public int deleteExpiredAnonymous() {
		return this.jdbc.sql("delete from plan where owner_id is null and created_at < :cutoff")
			.param("cutoff", cutoff())
			.update();
	}

	private OffsetDateTime cutoff() {
		return OffsetDateTime.now(ZoneOffset.UTC).minus(this.anonymousRetention);
	}

	/**
	 * The plan if this person may read it: plans without an owner are open to whoever has
	 * the id; an owned plan needs its owner ({@link NotSignedIn} for nobody, not found
	 * for others).
	 */
	public Plan readable(UUID id, Optional<AccountId> me) {
		record Row(Plan plan, Long owner) {
		}
		Row row = this.jdbc.sql("""
				select document::text, document_gz, owner_id from plan
				where id = :id and (owner_id is not null or created_at >= :cutoff)""")
			.param("id", id)
			.param("cutoff", cutoff())
			.query((rs, n) -> new Row(read(rs.getString(1), rs.getBytes(2)), (Long) rs.getObject(3)))
			.optional()
			.orElseThrow(() -> PlanNotFound.forId(id));
		if (row.owner() != null) {
			AccountId owner = new AccountId(row.owner());
			if (me.isEmpty()) {
				throw new NotSignedIn();
			}
			if (!me.get().equals(owner)) {
				throw PlanNotFound.forId(id);
			}
		}
		return row.plan();
	}

	public List<PlanSummary> list(AccountId owner) {
		return this.jdbc.sql("""
				select id, goal, coalesce(summary, document->>'summary'), created_at from plan where owner_id = :owner
				order by created_at desc""")
			.param("owner", owner.value())
			.query((rs, n) -> new PlanSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	public void delete(UUID id, AccountId owner) {
		int deleted = this.jdbc.sql("delete from plan where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.value())
			.update();
		if (deleted == 0) {
			throw PlanNotFound.forId(id);
		}
	}

	@Override
	public String section() {
		return "plans";
	}

	@Override
	public Object exportFor(AccountId account) {
		return this.jdbc.sql("select document::text, document_gz from plan where owner_id = :owner order by created_at")
			.param("owner", account.value())
			.query((rs, n) -> read(rs.getString(1), rs.getBytes(2)))
			.list();
	}

	private Plan read(String document, byte[] compressed) {
		return (compressed != null) ? this.json.readValue(PlanDocuments.decompress(compressed), Plan.class)
				: this.json.readValue(document, Plan.class);
	}

}
