package org.fitatlas.planning.internal;

import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Everything a plan says to the person: why each item is there, loads, tempo and cues,
 * session titles, week themes, the summary and the warnings.
 */
final class Wording {

	static final String WARM_UP_WHY = "Warm-up: raises your temperature and moves the joints you are about to load, "
			+ "easing into the session (ACSM: at least 5 minutes).";

	static final String ACUTE_BACK_PAIN = "Acute low back pain, the pain rules first: some discomfort while you move is "
			+ "fine and moving helps recovery; stop a movement that makes the pain sharper or spread into a leg, and "
			+ "do less next time if the back is worse the next morning. This plan holds only gentle movements "
			+ "(pelvic tilts, knee rolls, knee to chest, cat-cow, press-ups from lying as tolerated) and walking: no "
			+ "loading until the pain is dull and settling. If it does not ease within a few weeks, spreads down a "
			+ "leg, or comes with feeling unwell, see a clinician.";

	static final String ONE_MORE_SET = "one more set than last week";

	static final String LONGER_HOLD = "5 seconds longer than last week";

	static final String MORE_REPS = "two more reps than last week";

	static final String NO_TIME = "same as last week: the session has no time for more";

	static final String BACK_ENTRY_MONTH = "same as last week: back programmes keep to entry-level exercises for "
			+ "about a month (physiotherapy guidance for low back pain)";

	static final String LADDER_TOP = "same as last week: top of the ladder here; keep the quality high";

	private final PlanRequest request;

	private final Taxonomy taxonomy;

	private final DoseTable.Spec spec;

	Wording(PlanRequest request, Taxonomy taxonomy, DoseTable.Spec spec) {
		this.request = request;
		this.taxonomy = taxonomy;
		this.spec = spec;
	}

	static String morningLimit(int minutes) {
		return "A morning routine is kept to 15 minutes; you asked for " + minutes
				+ ", so each session is planned for 15.";
	}

	static String untrainedSide(String side) {
		return "No safe exercise within your equipment and health conditions trains the " + side
				+ " this week; ask a physiotherapist for a suitable alternative.";
	}

	/** The steady cardio that closes a main block and uses the rest of the time. */
	Plan.Item finisher(Exercise e, int seconds) {
		String why = "Finisher: " + (seconds / 60) + " minutes of steady " + e.name().toLowerCase(java.util.Locale.ROOT)
				+ " at a pace you can talk at use the rest of your time for heart and lungs (ACSM: about 150 minutes "
				+ "of moderate activity a week, Garber et al. 2011).";
		return new Plan.Item(link(e), 1, null, null, seconds, DoseRules.perSide(e), false, 0, "body weight",
				"steady, easy pace", cues(e), why);
	}

	static String shortSessions(int minutes, int shortest) {
		return "Some sessions are shorter than the " + minutes + " minutes you have (the shortest takes " + shortest
				+ "): no further exercise suits your equipment, level and health within the rules above. An easy "
				+ "walk is a good way to use the rest of the time.";
	}

	static String beginnerTime(int minutes) {
		return "As a beginner you train for about 30–40 minutes a session in the first month, so your body can get "
				+ "used to the work (ACSM 2009: start with low volume); the rest of your " + minutes
				+ " minutes is an easy walk.";
	}

	/** The week a loaded item reached the top of its range. */
	static String addLoad(Exercise e, Dose next) {
		return "you reached the top of the range, so add " + LoadStep.oneStep(e) + " and start again at " + next.reps()
				+ " reps";
	}

	static String movedUp(String from) {
		return "you reached the top dose of " + from + ", so you move up its ladder";
	}

	String coolDownWhy(Exercise e) {
		return "Cool-down: eases " + muscles(e) + " after the work; muscles stretch best when warm (ACSM).";
	}

	/**
	 * A main item for one week, with why it is there and what changed since last week.
	 */
	Plan.Item mainItem(Exercise e, String slotLabel, Dose dose, int week, boolean deload, String change) {
		StringBuilder why = new StringBuilder();
		why.append(goalPhrase()).append(": works ").append(muscles(e)).append(" for ").append(slotLabel).append(". ");
		if (DoseRules.stretch(e)) {
			why.append("Held ").append(dose.hold()).append(" s: stretches work in 20–60 s holds (Garber 2011). ");
		}
		else if (!DoseRules.resistance(e)) {
			why.append("A lighter ")
				.append(e.category())
				.append(" exercise between the harder work keeps you moving without adding load. ");
		}
		else if (dose.hold() != null) {
			why.append("Timed holds build endurance in the deep trunk muscles. ");
		}
		else {
			why.append(this.spec.sets())
				.append(" × ")
				.append(this.spec.low())
				.append((this.spec.high() > this.spec.low()) ? "–" + this.spec.high() : "")
				.append(" is the starting dose for your goal and level (")
				.append(this.spec.source())
				.append("). ");
			if (week == 1 && !deload && dose.sets() > this.spec.sets()) {
				why.append("One set more than that, so each muscle group gets its weekly hard sets. ");
			}
		}
		if (week == 1 && this.request.beginner() && !e.harder().isEmpty()) {
			why.append("You start at the first step of its ladder; harder versions come as you progress. ");
		}
		if (deload) {
			why.append("Deload week: one set fewer so your body can absorb the work of the last three weeks.");
		}
		else if (!change.isEmpty()) {
			why.append("Week ").append(week).append(": ").append(change).append('.');
		}
		if (e.effectiveness() != null && week == 1) {
			why.append(" Among the safe options it scores high on muscle activity (")
				.append(e.effectiveness().measure())
				.append(").");
		}
		return new Plan.Item(link(e), dose.sets(), dose.reps(), dose.repsMax(), dose.hold(), DoseRules.perSide(e),
				false, dose.rest(), load(e, dose), tempo(e, dose.hold()), cues(e), why.toString().trim());
	}

	String goalPhrase() {
		return switch (this.request.goal()) {
			case STRENGTH -> "Strength";
			case HYPERTROPHY -> "Muscle growth";
			case ENDURANCE -> "Muscular endurance";
			case CORE -> "Core strength";
			case BACK_HEALTH -> "Back health";
			case FLEXIBILITY -> "Flexibility";
			case MORNING_ROUTINE -> "Morning wake-up";
			case POST_SURGERY_REHAB -> "Gentle recovery";
			case GENERAL_FITNESS -> "General fitness";
		};
	}

	/** The load for a week: the week-1 guide, and what has been added since. */
	String load(Exercise e, Dose dose) {
		String base = load(e);
		return (dose.loadSteps() > 0) ? base + "; " + LoadStep.total(e, dose.loadSteps()) : base;
	}

	String load(Exercise e) {
		if (!e.traits().contains("external-load")) {
			return "body weight";
		}
		if (e.equipment().contains("band")) {
			return "a band that lets you finish every rep with control";
		}
		return switch (this.request.goal()) {
			case STRENGTH -> this.request.level().equals("advanced")
					? "heavy: a weight you can lift 4–6 times with good form (about 80–90% of your one-rep max)"
					: "a weight you can lift 8–12 times with good form (about 60–70% of your one-rep max)";
			case HYPERTROPHY -> "a weight you can lift 8–12 times with good form (about 70–85% of your one-rep max)";
			case ENDURANCE -> "light: a weight you can lift 15–20 times (below 70% of your one-rep max)";
			default -> "a moderate weight that leaves two or three reps in reserve";
		};
	}

	static String tempo(Exercise e, Integer hold) {
		if (e.category().equals("stretching")) {
			return "ease in, hold still, breathe out into the stretch";
		}
		return (hold != null) ? "hold steady and keep breathing" : "about 1 s up, 2 s down, no jerks";
	}

	static List<String> cues(Exercise e) {
		return e.tips().subList(0, Math.min(2, e.tips().size()));
	}

	String muscles(Exercise e) {
		List<String> names = e.targetMuscles()
			.stream()
			.map((m) -> this.taxonomy.displayName(Taxonomy.MUSCLES, m).toLowerCase(java.util.Locale.ROOT))
			.toList();
		return String.join(" and ", names);
	}

	static Plan.ExerciseLink link(Exercise e) {
		return new Plan.ExerciseLink(e.slug(), e.name());
	}

	/** A session's title: the goal and which half of a split it trains. */
	String title(Slots.Day kind) {
		String goal = goalPhrase();
		return switch (kind) {
			case FULL -> goal + ": whole session";
			case A -> goal + ": " + describe("A");
			case B -> goal + ": " + describe("B");
			case C -> goal + ": lighter day";
		};
	}

	private String describe(String half) {
		return switch (this.request.goal()) {
			case CORE, BACK_HEALTH, MORNING_ROUTINE, POST_SURGERY_REHAB ->
				half.equals("A") ? "front and sides" : "back and hips";
			case FLEXIBILITY -> "stretching";
			default -> half.equals("A") ? "lower body" : "upper body";
		};
	}

	String theme(int week, boolean deload) {
		if (deload) {
			return "Deload: lighter week to recover";
		}
		if (week == 1) {
			return "Learn the movements";
		}
		if (this.request.goal() == Goal.BACK_HEALTH && week <= 4) {
			return "Entry level: build the habit";
		}
		return "Build up gradually";
	}

	/**
	 * One paragraph on the plan as a whole: length, days, time, equipment and what was
	 * left out.
	 */
	String summary(List<Integer> sessionDays, int budget, int excluded, int unavailable) {
		List<String> days = sessionDays.stream().map(WeekSchedule::dayName).toList();
		String equipment = this.request.equipment().isEmpty() ? "body weight only"
				: String.join(", ", this.request.equipment()
					.stream()
					.map((t) -> this.taxonomy.displayName(Taxonomy.EQUIPMENT, t).toLowerCase(java.util.Locale.ROOT))
					.toList());
		return String.format(java.util.Locale.ROOT,
				"A %d-week %s plan for %s level: %d session%s a week (%s) of up to %d minutes, with %s. "
						+ "%d exercise%s left out for your health or goal; %d need equipment you do not have.",
				this.request.weeks(), this.request.goal().token().replace('-', ' '), this.request.level(),
				sessionDays.size(), (sessionDays.size() == 1) ? "" : "s", String.join(", ", days), budget / 60,
				equipment, excluded, (excluded == 1) ? "" : "s", unavailable);
	}

}
