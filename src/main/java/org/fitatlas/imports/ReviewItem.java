package org.fitatlas.imports;

import java.util.List;

/**
 * An imported exercise as an editor reviews it: where it came from and what it still
 * lacks ({@code merged}: the record became aliases of an exercise we had).
 */
public record ReviewItem(String slug, String name, String origin, String foreignId, boolean merged,
		List<String> missing) {

	public ReviewItem {
		missing = List.copyOf(missing);
	}

}
