package org.fitatlas.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Every rule a plan may list, with its text and source, in the order a plan lists them.
 */
enum RuleLedger {

	MORNING_LIMIT(
			"A morning routine lasts at most 15 minutes, without weights and without repeated bending of the "
					+ "lower back",
			"coaching guidance on lying leg raises; McGill 2004", (f) -> f.request().goal() == Goal.MORNING_ROUTINE),

	ACUTE_BACK_PAIN(
			"Acute low back pain: no loading; a gentle programme of pelvic tilts, knee rolls, knee to chest, "
					+ "cat-cow and press-ups from lying as tolerated, then walking",
			"physiotherapy guidance for low back pain; ACP 2017", (f) -> f.request().has("acute-low-back-pain")),

	REST_BETWEEN_SESSIONS(
			"The same muscles get at least 48 hours between resistance sessions; sessions on consecutive days "
					+ "train different muscles",
			"ACSM 2009", Facts::consecutiveDays),

	WARM_UP("Warm up for at least 5 minutes before the main work", "ACSM Guidelines (Garber et al. 2011)", (f) -> true),

	COOL_DOWN("Finish every session with a cool-down that includes stretching",
			"ACSM; gym-ball programmes for the deep back muscles", (f) -> true),

	/**
	 * The starting dose of the dose table; its text names the figures for the goal and
	 * level.
	 */
	DOSE("", "", Facts::anyMainItem) {
		@Override
		Plan.Rule rule(Facts f) {
			DoseTable.Spec spec = f.spec();
			return new Plan.Rule(spec.sets() + " × " + spec.low() + "–" + spec.high() + " for "
					+ f.request().goal().token() + " at " + f.request().level() + " level", spec.source());
		}
	},

	PATTERNS("Each week covers the movement patterns: squat, hip hinge, horizontal and vertical push, horizontal and "
			+ "vertical pull; a session never holds the same lift twice or more than two exercises of one " + "pattern",
			"NSCA Essentials of Strength Training and Conditioning (Haff & Triplett 2016); FitAtlas editorial",
			(f) -> Slots.patternGoal(f.request().goal()) && !f.request().has("acute-low-back-pain")),

	/**
	 * The weekly hard sets per muscle group; its text names the range for the goal and
	 * level.
	 */
	WEEKLY_SETS("", "", (f) -> WeeklySets.range(f.request()) != null) {
		@Override
		Plan.Rule rule(Facts f) {
			WeeklySets.Range range = WeeklySets.range(f.request());
			if (range.low() == 0) {
				return new Plan.Rule("No weekly volume target for " + f.request().goal().token().replace('-', ' ')
						+ " (the aim is control and endurance, not muscle growth); at most " + range.high()
						+ " hard sets a week for any major muscle group (chest, back, quads, hamstrings, glutes, "
						+ "shoulders)", range.source());
			}
			return new Plan.Rule(range.low() + "–" + range.high() + " hard sets a week for each major muscle group "
					+ "the equipment can train (chest, back, quads, hamstrings, glutes, shoulders); where time, "
					+ "days, equipment or health keep a group under " + range.low() + ", a warning says which and why",
					range.source());
		}
	},

	LOAD_STEP(
			"When a loaded exercise reaches the top of its range, add the smallest load step (2.5 kg on a barbell, "
					+ "machine or cable; 4 kg between kettlebells; 0.5 kg otherwise; a stronger band) and start again "
					+ "at the bottom of the range",
			"ACSM 2009 (Ratamess et al.): double progression",
			(f) -> WeeklySets.volumeGoal(f.request().goal()) && !f.request().has("acute-low-back-pain")),

	ONE_REP_MAX("Lifts with a one-rep max you gave follow a three-week wave and a deload week in kilograms, rounded "
			+ "down to the lift's load step: advanced 80–95 % of 1RM for 6 down to 1 reps, intermediate "
			+ "60–70 % for 12, 10 and 8 reps, the reps a little short of what the chart gives for the " + "percentage",
			Periodisation.SOURCE, Facts::oneRepMaxUsed),

	FINISHER(
			"Sessions use most of the time you have: a steady cardio finisher at a talking pace takes what the "
					+ "work leaves",
			"ACSM 2011 (Garber et al.): about 150 minutes of moderate activity a week",
			(f) -> f.request().goal() != Goal.MORNING_ROUTINE),

	DELOAD("Every fourth week is a deload week with one set fewer", "Periodisation practice; Liftosaur lp model",
			(f) -> !f.request().beginner() && f.request().weeks() >= 4),

	GRADUALNESS("Progress gradually: reps first, then a set, then the harder variation",
			"Principle of gradualness, as coaching guidance on lying leg raises applies it; ACSM 2009", (f) -> true),

	LADDER_BOTTOM("Beginners start at the bottom of each exercise ladder",
			"Principle of gradualness, as coaching guidance on lying leg raises applies it",
			(f) -> f.request().beginner()),

	THREE_SIDES("Train the front, the back and the sides of the trunk every week",
			"FitAtlas editorial, after common physiotherapy guidance for low back pain",
			(f) -> f.request().goal() == Goal.CORE || f.request().goal() == Goal.BACK_HEALTH),

	EXCLUSIONS("Exercises a health condition rules out are left out, each with its reason",
			"NICE guideline NG59 (2016); ACOG Committee Opinion 650 (2015); McGill 2004", Facts::anyExcluded),

	EQUIPMENT("Only exercises your equipment allows (a mat is assumed)", "FitAtlas", (f) -> true),

	PAIN("If it hurts, stop; if it hurts again next time, reduce the load",
			"Coaching guidance on lying leg raises; Thomeé 1997", (f) -> true),

	PREGNANCY(
			"Pregnancy: no abdominal loading, nothing lying on the stomach, nothing lying on the back after the "
					+ "first trimester",
			"Coaching guidance on lying leg raises; ACOG 2002/2015", (f) -> f.request().has("pregnancy")),

	DISC_HERNIATION("Disc herniation: no rolling on the spine, no repeated or loaded flexion",
			"Physiotherapy guidance for low back pain; McGill", (f) -> f.request().has("spinal-disc-herniation")),

	ABDOMINAL_SURGERY(
			"After abdominal surgery: only gentle, bent-knee, alternating abdominal work, after the surgeon's "
					+ "minimum wait",
			"FitAtlas editorial, after common coaching guidance on lying leg raises",
			(f) -> f.request().has("recent-abdominal-surgery") || f.request().goal() == Goal.POST_SURGERY_REHAB),

	BACK_ENTRY_MONTH("About a month of entry-level back exercises before harder ones",
			"FitAtlas editorial, after common physiotherapy guidance for low back pain",
			(f) -> f.request().goal() == Goal.BACK_HEALTH);

	private final String text;

	private final String source;

	private final Predicate<Facts> applies;

	RuleLedger(String text, String source, Predicate<Facts> applies) {
		this.text = text;
		this.source = source;
		this.applies = applies;
	}

	Plan.Rule rule(Facts f) {
		return new Plan.Rule(this.text, this.source);
	}

	/** The rules that shaped a plan, each once, in ledger order. */
	static List<Plan.Rule> inForce(Facts facts) {
		Map<String, Plan.Rule> rules = new LinkedHashMap<>();
		for (RuleLedger entry : values()) {
			if (entry.applies.test(facts)) {
				Plan.Rule rule = entry.rule(facts);
				rules.putIfAbsent(rule.rule(), rule);
			}
		}
		return List.copyOf(rules.values());
	}

	/** What the rules depend on besides the request. */
	record Facts(PlanRequest request, DoseTable.Spec spec, boolean consecutiveDays, boolean anyMainItem,
			boolean anyExcluded, boolean oneRepMaxUsed) {
	}

}
