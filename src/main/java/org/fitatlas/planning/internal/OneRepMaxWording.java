package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * What a plan says about the one-rep maxes a person gave: the load of each lift that uses
 * one, and for each given one whether it was used and why not.
 */
final class OneRepMaxWording {

	static final String TOPIC = "Your one-rep maxes";

	private OneRepMaxWording() {
	}

	/** A main item whose load comes from a one-rep max. */
	static Plan.Item item(Wording wording, Exercise e, String slotLabel, Periodisation.Prescription p, int week,
			boolean deload, int rest, boolean advanced) {
		String kg = Periodisation.kg(p.kg());
		String load = kg + " kg (" + p.percent() + " % of your 1RM of " + Periodisation.kg(p.oneRepMax()) + " kg)";
		String why = wording.goalPhrase() + ": works " + wording.muscles(e) + " for " + slotLabel + ". Week " + week
				+ ", " + Periodisation.place(week, deload) + ": " + p.sets() + " × " + p.reps() + " at " + p.percent()
				+ " % of the one-rep max you gave, rounded down to the " + LoadStep.oneStep(e) + " step. "
				+ (advanced ? "Advanced strength work is 80–100 % of 1RM for 1–6 reps, periodised"
						: "Strength work for intermediate lifters is 60–70 % of 1RM for 8–12 reps")
				+ " (ACSM 2009, Ratamess et al.); the reps stay " + (advanced ? "about two" : "three or four")
				+ " short of what the NSCA training load chart (Essentials of Strength Training and Conditioning) "
				+ "gives for that percentage.";
		return new Plan.Item(Wording.link(e), p.sets(), p.reps(), null, null, DoseRules.perSide(e), false, rest, load,
				Wording.tempo(e, null), Wording.cues(e), why, p.kg(), p.percent());
	}

	/**
	 * The advice on the given one-rep maxes: which lifts use them, and why the others do
	 * not; empty when none was given.
	 */
	static Optional<Plan.Guidance> guidance(PlanRequest request, Periodisation periodisation, Set<String> inPlan,
			Map<String, Exercise> exercises) {
		if (request.oneRepMaxes().isEmpty()) {
			return Optional.empty();
		}
		List<String> used = new ArrayList<>();
		List<String> unused = new ArrayList<>();
		for (Map.Entry<String, Double> given : request.oneRepMaxes().entrySet()) {
			Exercise e = exercises.get(given.getKey());
			String name = (e != null) ? e.name() : given.getKey();
			String of = name + " (" + Periodisation.kg(given.getValue()) + " kg)";
			if (!periodisation.planned()) {
				unused.add(of);
			}
			else if (e == null || !inPlan.contains(e.slug())) {
				unused.add(of + ": not in this plan, which chose other exercises for your equipment, health and "
						+ "the week's movement patterns");
			}
			else if (periodisation.usedFor(e)) {
				used.add(of);
			}
			else {
				unused.add(of + ": " + periodisation.notUsed(e).orElse("not used"));
			}
		}
		StringBuilder advice = new StringBuilder();
		if (!used.isEmpty()) {
			advice.append("Used for loads in kilograms, week by week: ")
				.append(String.join("; ", used))
				.append(". Test or re-enter your one-rep max after a few waves, as it will rise. ");
		}
		if (!unused.isEmpty()) {
			advice.append("Not used: ").append(String.join("; ", unused)).append(". ");
			if (!periodisation.planned()) {
				advice.append(whyNotPlanned(request));
			}
		}
		return Optional.of(new Plan.Guidance(TOPIC, advice.toString().trim(), Periodisation.SOURCE, List.of()));
	}

	private static String whyNotPlanned(PlanRequest request) {
		if (request.has("acute-low-back-pain")) {
			return "With an acute low back the plan holds no loaded lifts until the pain settles.";
		}
		return "Loads from a percentage of a one-rep max are planned for strength plans of intermediate and "
				+ "advanced lifters (ACSM 2009, Ratamess et al.); "
				+ (request.beginner() ? "beginners first learn the movements with a weight they can lift 8–12 times."
						: "this goal keeps the load as a weight you can lift for the reps asked, which the NSCA "
								+ "training load chart links to your one-rep max: about 75 % for 10 reps, 70 % for "
								+ "12.");
	}

}
