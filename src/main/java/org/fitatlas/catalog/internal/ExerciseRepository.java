package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.CatalogAdditions;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ImportedRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog's rows in PostgreSQL.
 */
@Repository
public class ExerciseRepository {

	/**
	 * What the database knows of one exercise before a sync; {@code imported}: it came
	 * from an import, not from a catalog file.
	 */
	record StoredState(String hash, boolean retired, boolean imported) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExerciseRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Map<String, StoredState> states() {
		Map<String, StoredState> states = new HashMap<>();
		this.jdbc.sql("select slug, content_hash, retired, origin is not null from exercise")
			.query((rs, n) -> states.put(rs.getString(1),
					new StoredState(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))))
			.list();
		return states;
	}

	void upsert(Exercise exercise, String hash) {
		this.jdbc.sql("""
				insert into exercise (slug, name, body_part, level, category, document, content_hash)
				values (:slug, :name, :bodyPart, :level, :category, cast(:document as jsonb), :hash)
				on conflict (slug) do update set name = excluded.name, body_part = excluded.body_part,
				    level = excluded.level, category = excluded.category, document = excluded.document,
				    content_hash = excluded.content_hash, retired = false, retired_at = null, updated_at = now(),
				    origin = null, foreign_id = null
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

	void insertImported(Exercise exercise, String origin, String foreignId) {
		String document = this.json.writeValueAsString(exercise);
		this.jdbc
			.sql("""
					insert into exercise (slug, name, body_part, level, category, document, content_hash, origin, foreign_id)
					values (:slug, :name, :bodyPart, :level, :category, cast(:document as jsonb), :hash, :origin, :foreignId)
					""")
			.param("slug", exercise.slug())
			.param("name", exercise.name())
			.param("bodyPart", exercise.bodyPart())
			.param("level", exercise.level())
			.param("category", exercise.category())
			.param("document", document)
			.param("hash", org.fitatlas.shared.Hashing.sha256(document))
			.param("origin", origin)
			.param("foreignId", foreignId)
			.update();
	}

	void insertAddition(String origin, CatalogAdditions.Merge merge) {
		this.jdbc.sql("""
				insert into exercise_addition (origin, foreign_id, slug, aliases, source)
				values (:origin, :foreignId, :slug, cast(:aliases as jsonb), :source)
				""")
			.param("origin", origin)
			.param("foreignId", merge.foreignId())
			.param("slug", merge.slug())
			.param("aliases", this.json.writeValueAsString(merge.aliases()))
			.param("source", merge.source())
			.update();
	}

	/** Every foreign record held from this origin (every origin when blank). */
	List<ImportedRecord> imported(String origin) {
		return this.jdbc.sql("""
				select origin, foreign_id, slug, false from exercise
				 where origin is not null and (:origin = '' or origin = :origin)
				union all
				select origin, foreign_id, slug, true from exercise_addition where (:origin = '' or origin = :origin)
				order by 1, 2
				""")
			.param("origin", origin)
			.query((rs, n) -> new ImportedRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
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
		Map<String, List<Addition>> additions = new HashMap<>();
		this.jdbc
			.sql("select slug, aliases::text, source from exercise_addition order by created_at, origin, foreign_id")
			.query((rs, n) -> additions.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
				.add(new Addition(List.of(this.json.readValue(rs.getString(2), String[].class)), rs.getString(3))))
			.list();
		return this.jdbc.sql("select document::text, retired from exercise order by slug").query((rs, n) -> {
			Exercise e = this.json.readValue(rs.getString(1), Exercise.class);
			return new StoredExercise(withAdditions(e, additions.getOrDefault(e.slug(), List.of())), rs.getBoolean(2));
		}).list();
	}

	/** A merged foreign record's names and source, added to one of our exercises. */
	private record Addition(List<String> aliases, String source) {
	}

	private static Exercise withAdditions(Exercise e, List<Addition> additions) {
		if (additions.isEmpty()) {
			return e;
		}
		Set<String> seen = new HashSet<>();
		seen.add(e.name().toLowerCase(Locale.ROOT));
		e.aliases().forEach((a) -> seen.add(a.toLowerCase(Locale.ROOT)));
		List<String> aliases = new ArrayList<>(e.aliases());
		Set<String> sources = new LinkedHashSet<>(e.sources());
		for (Addition addition : additions) {
			for (String alias : addition.aliases()) {
				if (seen.add(alias.toLowerCase(Locale.ROOT))) {
					aliases.add(alias);
				}
			}
			sources.add(addition.source());
		}
		return new Exercise(e.slug(), e.name(), aliases, e.summary(), e.bodyPart(), e.targetMuscles(),
				e.secondaryMuscles(), e.equipment(), e.level(), e.category(), e.force(), e.mechanic(), e.pattern(),
				e.position(), e.sides(), e.defaultDose(), e.steps(), e.tips(), e.mistakes(), e.faq(), e.breathing(),
				e.easier(), e.harder(), e.alternatives(), e.contraindications(), e.traits(), e.effectiveness(),
				List.copyOf(sources), e.missing());
	}

	record StoredExercise(Exercise exercise, boolean retired) {
	}

}
