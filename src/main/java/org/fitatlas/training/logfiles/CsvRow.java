package org.fitatlas.training.logfiles;

import java.util.List;

/**
 * One record of a CSV file with the 1-based physical line it starts on.
 */
record CsvRow(int line, List<String> values) {

	CsvRow {
		values = List.copyOf(values);
	}

	String get(int index) {
		return this.values.get(index);
	}

	int size() {
		return this.values.size();
	}

}
