package org.fitatlas.planning.internal;

import java.util.Map;

import org.fitatlas.planning.Goal;

/**
 * Main-block doses by goal and level, from the ACSM position stands (Ratamess et al.
 * 2009; Garber et al. 2011) and the seed articles (000: leg raises; 002: back
 * programmes). See docs/planning.md.
 */
final class DoseTable {

	/** Sets × low–high reps, rest in seconds (isolation rest where it differs). */
	record Spec(int sets, int low, int high, int rest, int restIsolation, int cap, String source) {
	}

	private static final Map<Goal, Spec[]> TABLE = Map.of(
			Goal.STRENGTH, new Spec[] { new Spec(2, 8, 12, 120, 90, 12, "ACSM 2009"),
					new Spec(3, 8, 12, 150, 90, 12, "ACSM 2009"), new Spec(4, 4, 6, 180, 180, 6, "ACSM 2009") },
			Goal.HYPERTROPHY, new Spec[] { new Spec(2, 8, 12, 90, 90, 12, "ACSM 2009"),
					new Spec(3, 8, 12, 90, 90, 12, "ACSM 2009"), new Spec(4, 6, 12, 120, 120, 12, "ACSM 2009") },
			Goal.ENDURANCE, new Spec[] { new Spec(2, 15, 20, 45, 45, 20, "ACSM 2009"),
					new Spec(3, 15, 20, 45, 45, 20, "ACSM 2009"), new Spec(4, 15, 25, 60, 60, 25, "ACSM 2009") },
			Goal.CORE,
			new Spec[] { new Spec(2, 10, 12, 45, 45, 30, "coaching guidance on lying leg raises"),
					new Spec(3, 10, 12, 60, 60, 30, "coaching guidance on lying leg raises"),
					new Spec(4, 10, 12, 60, 60, 30, "coaching guidance on lying leg raises") },
			Goal.BACK_HEALTH,
			new Spec[] { new Spec(2, 10, 12, 45, 45, 30, "physiotherapy guidance on lower-back programmes"),
					new Spec(3, 10, 15, 45, 45, 30, "physiotherapy guidance on lower-back programmes"),
					new Spec(3, 12, 15, 60, 60, 30, "physiotherapy guidance on lower-back programmes") },
			Goal.GENERAL_FITNESS, new Spec[] { new Spec(2, 10, 12, 60, 60, 15, "ACSM 2011"),
					new Spec(3, 10, 12, 60, 60, 15, "ACSM 2011"), new Spec(3, 10, 15, 60, 60, 15, "ACSM 2011") },
			Goal.MORNING_ROUTINE,
			new Spec[] { new Spec(1, 10, 10, 30, 30, 12, "coaching guidance on a short morning abdominal set"),
					new Spec(2, 10, 10, 30, 30, 12, "coaching guidance on a short morning abdominal set"),
					new Spec(2, 10, 12, 30, 30, 12, "coaching guidance on a short morning abdominal set") },
			Goal.POST_SURGERY_REHAB,
			new Spec[] { new Spec(1, 8, 10, 60, 60, 10, "coaching guidance on abdominal work after surgery"),
					new Spec(2, 8, 10, 60, 60, 10, "coaching guidance on abdominal work after surgery"),
					new Spec(2, 8, 10, 60, 60, 10, "coaching guidance on abdominal work after surgery") },
			Goal.FLEXIBILITY,
			new Spec[] { new Spec(2, 10, 12, 30, 30, 12, "Garber et al. 2011"),
					new Spec(2, 10, 12, 30, 30, 12, "Garber et al. 2011"),
					new Spec(2, 10, 12, 30, 30, 12, "Garber et al. 2011") });

	private DoseTable() {
	}

	static Spec spec(Goal goal, String level) {
		return TABLE.get(goal)[levelIndex(level)];
	}

	static int levelIndex(String level) {
		return switch (level) {
			case "beginner" -> 0;
			case "intermediate" -> 1;
			default -> 2;
		};
	}

	/** Stretch holds: start and cap in seconds (20–60 s, Garber 2011; seeds 003/004). */
	static int stretchStart(String level) {
		return (levelIndex(level) == 0) ? 20 : 30;
	}

	static int stretchCap(String level) {
		return new int[] { 30, 45, 60 }[levelIndex(level)];
	}

	/**
	 * Sets per stretch in a flexibility plan's main block: 2–4 repetitions (Garber 2011).
	 */
	static int flexibilitySets(String level) {
		return 2 + levelIndex(level);
	}

	/** Timed non-stretch holds scale with level: × 1, 1.5, 2. */
	static double holdFactor(String level) {
		return new double[] { 1.0, 1.5, 2.0 }[levelIndex(level)];
	}

}
