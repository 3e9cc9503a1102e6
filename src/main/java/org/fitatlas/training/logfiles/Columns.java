package org.fitatlas.training.logfiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The header of a foreign file by column name, so rows are read by name whatever order
 * the app wrote its columns in.
 */
final class Columns {

	private final Map<String, Integer> index = new HashMap<>();

	Columns(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			this.index.putIfAbsent(name(header.get(i)), i);
		}
	}

	static String name(String cell) {
		return cell.strip();
	}

	boolean has(String column) {
		return this.index.containsKey(column);
	}

	boolean hasAll(String... columns) {
		for (String column : columns) {
			if (!has(column)) {
				return false;
			}
		}
		return true;
	}

	/** The first of the given columns the header has. */
	Optional<String> firstOf(String... columns) {
		for (String column : columns) {
			if (has(column)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/** The cell of a column, or null when the header has no such column. */
	@Nullable String cell(CsvRow row, String column) {
		Integer at = this.index.get(column);
		return (at != null) ? row.get(at) : null;
	}

}
