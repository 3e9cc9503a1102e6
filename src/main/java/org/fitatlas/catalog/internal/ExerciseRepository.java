package org.fitatlas.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.Exercise;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog's rows in PostgreSQL.
 */
@Repository
public class ExerciseRepository {

	/** What the database knows of one exercise before a sync. */
	record StoredState(String hash, boolean retired) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExerciseRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Map<String, StoredState> states() {
		Map<String, StoredState> states = new HashMap<>();
		this.jdbc.sql("select slug, content_hash, retired from exercise")
			.query((rs, n) -> states.put(rs.getString(1), new StoredState(rs.getString(2), rs.getBoolean(3))))
			.list();
		return states;
	}

	void upsert(Exercise exercise, String hash) {
		this.jdbc.sql("""
				insert into exercise (slug, name, body_part, level, category, document, content_hash)
				values (:slug, :name, :bodyPart, :level, :category, cast(:document as jsonb), :hash)
				on conflict (slug) do update set name = excluded.name, body_part = excluded.body_part,
				    level = excluded.level, category = excluded.category, document = excluded.document,
				    content_hash = excluded.content_hash, retired = false, retired_at = null, updated_at = now()
				""")
			.param("slug", exercise.slug())
			.param("name", exercise.name())
			.param("bodyPart", exercise.bodyPart())
			.param("level", exercise.level())
			.param("category", exercise.category())
			.param("document", this.json.writeValueAsString(exercise))
			.param("hash", hash)
			.update();
	}

	void retire(String slug) {
		this.jdbc.sql("update exercise set retired = true, retired_at = now() where slug = :slug and not retired")
			.param("slug", slug)
			.update();
	}

	long bumpVersion() {
		return this.jdbc.sql("update catalog_state set version = version + 1, synced_at = now() returning version")
			.query(Long.class)
			.single();
	}

	public long version() {
		return this.jdbc.sql("select version from catalog_state").query(Long.class).single();
	}

	/** Every exercise, retired ones included, with its retired flag. */
	List<StoredExercise> all() {
		return this.jdbc.sql("select document::text, retired from exercise order by slug")
			.query((rs, n) -> new StoredExercise(this.json.readValue(rs.getString(1), Exercise.class),
					rs.getBoolean(2)))
			.list();
	}

	record StoredExercise(Exercise exercise, boolean retired) {
	}

}
