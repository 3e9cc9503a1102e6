package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.Exercise;

/**
 * Checks what no single file can check alone: unique slugs, links that resolve, and
 * ladders (harder, and easier read backwards) without cycles.
 */
public final class CatalogValidator {

	private CatalogValidator() {
	}

	/** An exercise with the file it came from. */
	public record Located(String file, Exercise exercise) {
	}

	public static List<CatalogProblem> validate(List<Located> exercises) {
		List<CatalogProblem> problems = new ArrayList<>();
		Map<String, Located> bySlug = new LinkedHashMap<>();
		for (Located located : exercises) {
			Located previous = bySlug.putIfAbsent(located.exercise().slug(), located);
			if (previous != null) {
				problems.add(new CatalogProblem(located.file(), "slug",
						"'" + located.exercise().slug() + "' is also used by " + previous.file()));
			}
		}
		for (Located located : exercises) {
			Exercise e = located.exercise();
			checkLinks(problems, located, "easier", e.easier(), bySlug);
			checkLinks(problems, located, "harder", e.harder(), bySlug);
			checkLinks(problems, located, "alternatives", e.alternatives(), bySlug);
		}
		findLadderCycle(exercises, bySlug).ifPresent(problems::add);
		return problems;
	}

	private static void checkLinks(List<CatalogProblem> problems, Located located, String field, List<String> slugs,
			Map<String, Located> bySlug) {
		for (String slug : slugs) {
			if (slug.equals(located.exercise().slug())) {
				problems.add(new CatalogProblem(located.file(), field, "refers to the exercise itself"));
			}
			else if (!bySlug.containsKey(slug)) {
				problems
					.add(new CatalogProblem(located.file(), field, "'" + slug + "' does not resolve to any exercise"));
			}
		}
	}

	private static java.util.Optional<CatalogProblem> findLadderCycle(List<Located> exercises,
			Map<String, Located> bySlug) {
		Map<String, Set<String>> up = new HashMap<>();
		for (Located located : exercises) {
			Exercise e = located.exercise();
			for (String harder : e.harder()) {
				up.computeIfAbsent(e.slug(), (k) -> new HashSet<>()).add(harder);
			}
			for (String easier : e.easier()) {
				up.computeIfAbsent(easier, (k) -> new HashSet<>()).add(e.slug());
			}
		}
		Set<String> done = new HashSet<>();
		for (String start : up.keySet()) {
			List<String> path = new ArrayList<>();
			List<String> cycle = dfs(start, up, new HashSet<>(), path, done);
			if (cycle != null) {
				String first = cycle.get(0);
				Located located = bySlug.get(first);
				String file = (located != null) ? located.file() : first;
				return java.util.Optional.of(new CatalogProblem(file, "harder/easier",
						"the ladder has a cycle: " + String.join(" -> ", cycle)));
			}
		}
		return java.util.Optional.empty();
	}

	private static List<String> dfs(String node, Map<String, Set<String>> up, Set<String> onPath, List<String> path,
			Set<String> done) {
		if (onPath.contains(node)) {
			List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
			cycle.add(node);
			return cycle;
		}
		if (done.contains(node)) {
			return null;
		}
		onPath.add(node);
		path.add(node);
		for (String next : up.getOrDefault(node, Set.of())) {
			List<String> cycle = dfs(next, up, onPath, path, done);
			if (cycle != null) {
				return cycle;
			}
		}
		onPath.remove(node);
		path.remove(path.size() - 1);
		done.add(node);
		return null;
	}

}
