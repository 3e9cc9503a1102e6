package org.fitatlas.planning;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stored plans: generated once, kept as a document, opened by their random id.
 */
@Service
public class Plans {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Plans(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Plan save(Plan plan) {
		Plan stored = plan.withId(UUID.randomUUID());
		this.jdbc.sql("""
				insert into plan (id, goal, request, document)
				values (:id, :goal, cast(:request as jsonb), cast(:document as jsonb))
				""")
			.param("id", stored.id())
			.param("goal", stored.profile().goal())
			.param("request", this.json.writeValueAsString(stored.profile()))
			.param("document", this.json.writeValueAsString(stored))
			.update();
		return stored;
	}

	public Optional<Plan> find(UUID id) {
		return this.jdbc.sql("select document::text from plan where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((doc) -> this.json.readValue(doc, Plan.class));
	}

}
