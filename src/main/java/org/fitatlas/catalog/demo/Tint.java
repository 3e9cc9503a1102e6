package org.fitatlas.catalog.demo;

import java.util.List;
import java.util.Map;

/**
 * Where a muscle lies on the drawn segments, so the target muscles can be tinted: the
 * part, the face (1 front, -1 back, 0 middle or seen from the front) and the stretch
 * along the segment from its joint (0) to its end (1).
 */
final class Tint {

	record Patch(String limb, int face, double from, double to) {
	}

	static final Map<String, List<Patch>> MUSCLES = Map.ofEntries(
			Map.entry("rectus-abdominis", List.of(new Patch("PELVIS", 1, 0.2, 1), new Patch("CHEST", 1, 0, 0.45))),
			Map.entry("transverse-abdominis", List.of(new Patch("PELVIS", 1, 0.1, 1))),
			Map.entry("obliques", List.of(new Patch("PELVIS", 0, 0.3, 1), new Patch("CHEST", 0, 0, 0.4))),
			Map.entry("erector-spinae", List.of(new Patch("PELVIS", -1, 0.2, 1), new Patch("CHEST", -1, 0, 0.6))),
			Map.entry("multifidus", List.of(new Patch("PELVIS", -1, 0.2, 1))),
			Map.entry("quadratus-lumborum", List.of(new Patch("PELVIS", -1, 0.4, 1))),
			Map.entry("iliopsoas", List.of(new Patch("PELVIS", 1, 0, 0.5), new Patch("THIGH", 1, 0, 0.25))),
			Map.entry("gluteus-maximus", List.of(new Patch("PELVIS", -1, 0, 0.5), new Patch("THIGH", -1, 0, 0.15))),
			Map.entry("gluteus-medius", List.of(new Patch("PELVIS", 0, 0, 0.45))),
			Map.entry("hamstrings", List.of(new Patch("THIGH", -1, 0.15, 0.9))),
			Map.entry("quadriceps", List.of(new Patch("THIGH", 1, 0.15, 0.9))),
			Map.entry("adductors", List.of(new Patch("THIGH", 0, 0.05, 0.6))),
			Map.entry("abductors", List.of(new Patch("THIGH", 0, 0, 0.45))),
			Map.entry("calves", List.of(new Patch("SHANK", -1, 0.1, 0.6))),
			Map.entry("latissimus-dorsi", List.of(new Patch("CHEST", -1, 0.25, 0.9))),
			Map.entry("trapezius", List.of(new Patch("CHEST", -1, 0.7, 1), new Patch("NECK", -1, 0, 1))),
			Map.entry("rhomboids", List.of(new Patch("CHEST", -1, 0.55, 0.95))),
			Map.entry("pectorals", List.of(new Patch("CHEST", 1, 0.55, 0.95))),
			Map.entry("deltoids", List.of(new Patch("UPPER_ARM", 0, 0, 0.35))),
			Map.entry("biceps", List.of(new Patch("UPPER_ARM", 1, 0.3, 0.9))),
			Map.entry("triceps", List.of(new Patch("UPPER_ARM", -1, 0.25, 0.9))),
			Map.entry("forearms", List.of(new Patch("FOREARM", 0, 0.1, 0.8))),
			Map.entry("neck", List.of(new Patch("NECK", 0, 0, 1))));

	private Tint() {
	}

	/**
	 * The face's sign in the part's own frame: the trunk's frame is turned half round.
	 */
	static double sideOf(Part part, int face, Joint.View view) {
		if (view == Joint.View.FRONT || face == 0) {
			return 0;
		}
		boolean trunk = part == Part.PELVIS || part == Part.CHEST || part == Part.NECK;
		return trunk ? -face : face;
	}

	static boolean covers(Patch patch, Part part) {
		return part.name().equals(patch.limb()) || part.name().startsWith(patch.limb() + "_");
	}

}
