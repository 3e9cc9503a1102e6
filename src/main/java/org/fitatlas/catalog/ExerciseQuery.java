package org.fitatlas.catalog;

import org.fitatlas.shared.InvalidParameter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a person filters the atlas by. Every filter is optional; {@code equipment} lists
 * what the person has, and an exercise matches when it needs nothing beyond it.
 */
public record ExerciseQuery(@Nullable String bodyPart, @Nullable String muscle, boolean targetOnly,
		List<String> equipment, @Nullable String level, @Nullable String category, @Nullable String force,
		@Nullable String mechanic, int page, int size, String sort) {

	public static final int MAX_SIZE = 100;

	public static final List<String> SORTS = List.of("name", "level");

	public ExerciseQuery {
		equipment = List.copyOf(equipment);
		if (page < 0) {
			throw InvalidParameter.of("page", String.valueOf(page), "0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidParameter.of("size", String.valueOf(size), "1.." + MAX_SIZE);
		}
		if (!SORTS.contains(sort)) {
			throw InvalidParameter.of("sort", sort, String.join(", ", SORTS));
		}
	}

	public static ExerciseQuery all() {
		return new ExerciseQuery(null, null, false, List.of(), null, null, null, null, 0, MAX_SIZE, "name");
	}

	public ExerciseQuery withPage(int newPage) {
		return new ExerciseQuery(this.bodyPart, this.muscle, this.targetOnly, this.equipment, this.level, this.category,
				this.force, this.mechanic, newPage, this.size, this.sort);
	}

}
