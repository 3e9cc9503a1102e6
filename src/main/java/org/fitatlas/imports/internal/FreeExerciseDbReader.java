package org.fitatlas.imports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.imports.BadImportFile;
import org.fitatlas.imports.ForeignExercise;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads free-exercise-db's {@code exercises.json} (an array of records with name, force,
 * level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category,
 * images, id) and maps each record through the dataset mapping. Only what a record says
 * is kept: instructions become the steps; summary, tips, mistakes, breathing, position,
 * sides, dose, contraindications and traits are missing. The first record that cannot be
 * read stops the reading, named by its index and id.
 */
public final class FreeExerciseDbReader {

	static final Set<String> FIELDS = Set.of("id", "name", "force", "level", "mechanic", "equipment", "primaryMuscles",
			"secondaryMuscles", "instructions", "category", "images");

	/** What free-exercise-db never says, whatever the record. */
	static final List<String> NEVER_GIVEN = List.of("summary", "tips", "mistakes", "breathing", "pattern", "position",
			"sides", "defaultDose", "contraindications", "traits");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatasetMapping mapping;

	public FreeExerciseDbReader(DatasetMapping mapping) {
		this.mapping = mapping;
	}

	public List<ForeignExercise> read(String fileName, byte[] content) {
		FileChecks.expectJson(fileName, content);
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw BadImportFile
				.file(fileName, "is not valid JSON: " + ex.getOriginalMessage() + (ex.getLocation() != null
						? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
						: ""));
		}
		if (root == null || !root.isArray()) {
			throw BadImportFile.file(fileName,
					"must be a JSON array of exercise records, was " + ((root == null) ? "empty" : root.getNodeType()));
		}
		List<ForeignExercise> exercises = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> slugs = new HashSet<>();
		for (int i = 0; i < root.size(); i++) {
			JsonNode record = root.get(i);
			String where = fileName + " record " + (i + 1);
			if (!record.isObject()) {
				throw BadImportFile.at(where, "must be an object, was " + record.getNodeType());
			}
			String id = text(record, "id", where, true);
			where = where + " (id '" + id + "')";
			if (!ids.add(id)) {
				throw BadImportFile.at(where, "id is used by an earlier record too");
			}
			try {
				exercises.add(convert(record, id, where, slugs));
			}
			catch (DatasetMapping.UnknownWord ex) {
				throw BadImportFile.at(where, ex.getMessage());
			}
		}
		return exercises;
	}

	private ForeignExercise convert(JsonNode r, String id, String where, Set<String> slugs) {
		for (String field : r.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw BadImportFile.at(where,
						"unknown field '" + field + "'; known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
			}
		}
		String name = text(r, "name", where, true);
		List<String> missing = new ArrayList<>(NEVER_GIVEN);
		String force = optional(r, "force", where).flatMap((w) -> this.mapping.map("force", w)).orElse(null);
		String level = this.mapping.map("level", text(r, "level", where, true))
			.orElseThrow(() -> BadImportFile.at(where, "level maps to nothing"));
		String mechanic = optional(r, "mechanic", where).flatMap((w) -> this.mapping.map("mechanic", w)).orElse(null);
		String equipment = optional(r, "equipment", where).flatMap((w) -> this.mapping.map("equipment", w))
			.orElse(null);
		String category = this.mapping.map("category", text(r, "category", where, true))
			.orElseThrow(() -> BadImportFile.at(where, "category maps to nothing"));
		List<String> primary = strings(r, "primaryMuscles", where);
		if (primary.isEmpty()) {
			throw BadImportFile.at(where, "primaryMuscles is empty; every record names at least one");
		}
		Set<String> targets = new LinkedHashSet<>();
		for (String muscle : primary) {
			this.mapping.map("muscles", muscle).ifPresent(targets::add);
		}
		Set<String> secondary = new LinkedHashSet<>();
		for (String muscle : strings(r, "secondaryMuscles", where)) {
			this.mapping.map("muscles", muscle).ifPresent(secondary::add);
		}
		secondary.removeAll(targets);
		String bodyPart = this.mapping.map("bodyPart", primary.get(0))
			.orElseThrow(() -> BadImportFile.at(where, "body part of '" + primary.get(0) + "' maps to nothing"));
		List<String> steps = strings(r, "instructions", where);
		strings(r, "images", where);
		if (force == null) {
			missing.add("force");
		}
		if (mechanic == null) {
			missing.add("mechanic");
		}
		if (equipment == null) {
			missing.add("equipment");
		}
		if (steps.isEmpty()) {
			missing.add("steps");
		}
		missing.sort(java.util.Comparator.comparingInt(Exercise.MISSABLE::indexOf));
		String slug = Slugs.unique(Slugs.of(name), slugs);
		String source = this.mapping.source() + ", record " + id + "; " + this.mapping.license();
		Exercise exercise = new Exercise(slug, name, List.of(), "", bodyPart, List.copyOf(targets),
				List.copyOf(secondary), (equipment != null) ? List.of(equipment) : List.of(), level, category,
				orEmpty(force), orEmpty(mechanic), "", "", "", null, steps, List.of(), List.of(), List.of(), "",
				List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(source), missing);
		return new ForeignExercise(id, exercise, List.of(name), false);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String text(JsonNode r, String field, String where, boolean required) {
		JsonNode node = r.get(field);
		if (node == null || node.isNull()) {
			throw BadImportFile.at(where, field + " is missing");
		}
		if (!node.isString() || node.stringValue().isBlank()) {
			throw BadImportFile.at(where, field + " must be non-empty text, was " + describe(node));
		}
		return node.stringValue().trim();
	}

	private static Optional<String> optional(JsonNode r, String field, String where) {
		JsonNode node = r.get(field);
		if (node == null || node.isNull()) {
			return Optional.empty();
		}
		return Optional.of(text(r, field, where, true));
	}

	private static List<String> strings(JsonNode r, String field, String where) {
		JsonNode node = r.get(field);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw BadImportFile.at(where, field + " must be a list of text, was " + describe(node));
		}
		List<String> values = new ArrayList<>();
		for (JsonNode item : node) {
			if (!item.isString()) {
				throw BadImportFile.at(where, field + " must hold only text, found " + describe(item));
			}
			if (!item.stringValue().isBlank()) {
				// a line break inside a step is a space in Markdown: keep the text as a
				// page shows it
				values.add(item.stringValue().trim().replaceAll("\\s*\n\\s*", " "));
			}
		}
		return values;
	}

	private static String describe(JsonNode node) {
		String text = node.toString();
		return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " "
				+ ((text.length() > 40) ? text.substring(0, 40) + "…" : text);
	}

}
