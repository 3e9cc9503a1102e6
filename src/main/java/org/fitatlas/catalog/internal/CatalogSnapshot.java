package org.fitatlas.catalog.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fitatlas.catalog.Exercise;

/**
 * An immutable in-memory copy of the catalog at one version: every exercise by slug
 * (retired ones too) and the active ones sorted by name.
 */
public record CatalogSnapshot(long version, Map<String, Exercise> all, Set<String> retired, List<Exercise> active) {

	static CatalogSnapshot of(long version, List<ExerciseRepository.StoredExercise> stored) {
		Map<String, Exercise> all = new LinkedHashMap<>();
		stored.forEach((s) -> all.put(s.exercise().slug(), s.exercise()));
		Set<String> retired = stored.stream()
			.filter(ExerciseRepository.StoredExercise::retired)
			.map((s) -> s.exercise().slug())
			.collect(Collectors.toUnmodifiableSet());
		List<Exercise> active = stored.stream()
			.filter((s) -> !s.retired())
			.map(ExerciseRepository.StoredExercise::exercise)
			.sorted(Comparator.comparing((Exercise e) -> e.name().toLowerCase(java.util.Locale.ROOT)))
			.toList();
		return new CatalogSnapshot(version, java.util.Collections.unmodifiableMap(all), retired, active);
	}

	public Optional<Exercise> find(String slug) {
		return Optional.ofNullable(this.all.get(slug));
	}

	public boolean isRetired(String slug) {
		return this.retired.contains(slug);
	}

}
