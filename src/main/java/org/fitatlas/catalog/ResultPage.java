package org.fitatlas.catalog;

import java.util.List;

/**
 * One page of results.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
