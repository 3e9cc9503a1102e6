package org.fitatlas.planning.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.fitatlas.catalog.BodyMapView;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Plan;

/**
 * The muscles a week of the plan trains, for the body map on the plan page: the target
 * muscles of its main work strong, the muscles that only help light. Warm-ups and
 * cool-downs are left out: they touch everything and train little.
 */
final class WeekMuscles {

	private WeekMuscles() {
	}

	/** Week number to its map; weeks whose exercises are unknown get none. */
	static Map<Integer, BodyMapView> of(Plan plan, Function<String, Optional<Exercise>> exercises, Taxonomy taxonomy) {
		Map<Integer, BodyMapView> maps = new LinkedHashMap<>();
		for (Plan.Week week : plan.weeks()) {
			Set<String> targets = new LinkedHashSet<>();
			Set<String> helpers = new LinkedHashSet<>();
			for (Plan.Session session : week.sessions()) {
				for (Plan.Block block : session.blocks()) {
					if (!block.kind().equals("main")) {
						continue;
					}
					for (Plan.Item item : block.items()) {
						exercises.apply(item.exercise().slug()).ifPresent((e) -> {
							targets.addAll(e.targetMuscles());
							helpers.addAll(e.secondaryMuscles());
						});
					}
				}
			}
			if (!targets.isEmpty()) {
				helpers.removeAll(targets);
				maps.put(week.week(),
						BodyMapView.build("week-" + week.week() + "-map", "Muscles trained in week " + week.week(),
								taxonomy, targets, helpers, null, "Trained hard", "Helping"));
			}
		}
		return maps;
	}

}
