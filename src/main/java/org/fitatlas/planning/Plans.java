package org.fitatlas.planning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.NotSignedIn;
import org.fitatlas.accounts.PersonalData;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stored plans: generated once, kept as a document under a random id. A plan made while
 * signed in belongs to that person: only they can open, list or delete it.
 */
@Service
public class Plans implements PersonalData {

	/** A plan in a list. */
	public record PlanSummary(UUID id, String goal, String summary, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Plans(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Plan save(Plan plan, Optional<AccountId> owner) {
		Plan stored = plan.withId(UUID.randomUUID());
		this.jdbc.sql("""
				insert into plan (id, owner_id, goal, request, document)
				values (:id, :owner, :goal, cast(:request as jsonb), cast(:document as jsonb))
				""")
			.param("id", stored.id())
			.param("owner", owner.map(AccountId::value).orElse(null))
			.param("goal", stored.profile().goal())
			.param("request", this.json.writeValueAsString(stored.profile()))
			.param("document", this.json.writeValueAsString(stored))
			.update();
		return stored;
	}

	/**
	 * The plan if this person may read it: plans without an owner are open to whoever has
	 * the id; an owned plan needs its owner ({@link NotSignedIn} for nobody, not found
	 * for others).
	 */
	public Plan readable(UUID id, Optional<AccountId> me) {
		record Row(String document, Long owner) {
		}
		Row row = this.jdbc.sql("select document::text, owner_id from plan where id = :id")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getString(1), (Long) rs.getObject(2)))
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
		return this.json.readValue(row.document(), Plan.class);
	}

	public List<PlanSummary> list(AccountId owner) {
		return this.jdbc.sql("""
				select id, goal, document->>'summary', created_at from plan where owner_id = :owner
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
		return this.jdbc.sql("select document::text from plan where owner_id = :owner order by created_at")
			.param("owner", account.value())
			.query(String.class)
			.list()
			.stream()
			.map((doc) -> this.json.readValue(doc, Plan.class))
			.toList();
	}

}
