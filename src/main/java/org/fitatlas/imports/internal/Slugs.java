package org.fitatlas.imports.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Slugs for imported exercises: the name in lower-case words joined by '-', made unique
 * against the slugs already taken.
 */
public final class Slugs {

	private static final int MAX = 80;

	private Slugs() {
	}

	public static String of(String name) {
		String slug = name.toLowerCase(Locale.ROOT)
			.replace("'", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX - 4) {
			slug = slug.substring(0, MAX - 4).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "exercise" : slug;
	}

	/**
	 * {@code slug}, or {@code slug-2}, {@code slug-3}, … whichever is free; marks it
	 * taken.
	 */
	public static String unique(String slug, Set<String> taken) {
		String candidate = slug;
		for (int i = 2; !taken.add(candidate); i++) {
			candidate = slug + "-" + i;
		}
		return candidate;
	}

}
