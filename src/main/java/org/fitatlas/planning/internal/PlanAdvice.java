package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Lifestyle advice that goes with a plan, in our own words, with where it comes from.
 * Seed 002's nutrient table travels as structured data.
 */
final class PlanAdvice {

	/**
	 * Seed 002's table of nutrients for the spine (the first row's name is missing in the
	 * source; its description is vitamin D's).
	 */
	static final List<Plan.Nutrient> SPINE_NUTRIENTS = List.of(
			new Plan.Nutrient("Vitamin D", "helps bones take up calcium and keeps calcium and phosphorus in balance",
					List.of("hard cheese", "milk", "sea fish", "herbs", "sour cream", "cottage cheese",
							"orange, yellow and red fruit and vegetables")),
			new Plan.Nutrient("Vitamin C (ascorbic acid)",
					"an antioxidant that the body needs to make collagen; supports blood vessel walls and immunity",
					List.of("sweet pepper", "black currant", "lemon", "rose hips", "chokeberry")),
			new Plan.Nutrient("Calcium",
					"the building material of bone; too little makes the spine and joints fragile and raises the "
							+ "risk of osteoporosis and fractures",
					List.of("red fish", "eggs", "dairy products")),
			new Plan.Nutrient("Magnesium and phosphorus",
					"strengthen bone, keep hard tissue from softening, and are needed for nerve signalling",
					List.of("prunes", "wheat bran", "raisins", "legumes", "egg yolk", "cabbage", "sunflower seeds",
							"nuts")));

	private PlanAdvice() {
	}

	static List<Plan.Guidance> guidance(PlanRequest request) {
		List<Plan.Guidance> advice = new ArrayList<>();
		advice.add(new Plan.Guidance("Pain", "Some effort and muscle burn are fine. Pain up to 2 out of 10 during an "
				+ "exercise is safe and up to 5 is acceptable; above 5, stop that exercise. If pain or stiffness is "
				+ "worse the next morning, do less next time; if it settled, carry on or progress.",
				"Thomeé 1997; Silbernagel et al. 2007; coaching guidance on lying leg raises", List.of()));
		advice.add(new Plan.Guidance("Meals",
				"Wait at least an hour after eating before you train; exercising on a "
						+ "full stomach is uncomfortable and harder.",
				"FitAtlas editorial, after common coaching guidance on lying leg raises", List.of()));
		if (request.goal() == Goal.BACK_HEALTH || request.has("chronic-low-back-pain")) {
			advice.add(new Plan.Guidance("Moving through the day", "Do not sit for long stretches: stand up, stretch, "
					+ "bend your knees and walk a few steps every half hour or so. Set your chair and screen so you sit "
					+ "upright without craning your neck, sleep on a mattress that supports you, and spread heavy loads "
					+ "over both hands instead of one bag on one side.",
					"FitAtlas editorial, after common physiotherapy guidance for low back pain", List.of()));
			advice.add(new Plan.Guidance("Lifting",
					"Lift close to the body with a long back, bending at the hips and "
							+ "knees; avoid lifting more than you can control, and avoid twisting while you carry.",
					"FitAtlas editorial, after common physiotherapy guidance for low back pain", List.of()));
			advice.add(new Plan.Guidance("Swimming",
					"Swimming and exercise in water unload the spine while the back "
							+ "muscles work; it is a good addition to the plan.",
					"FitAtlas editorial, after common physiotherapy guidance for low back pain", List.of()));
			advice.add(new Plan.Guidance("Food for the spine", "Bones and discs need building material: eat foods rich "
					+ "in the nutrients below, prefer steamed and baked food to fried, smoked and pickled food, drink "
					+ "enough, and keep alcohol and smoking out. More is not better: eat them in moderation.",
					"FitAtlas editorial, after common physiotherapy guidance for low back pain", SPINE_NUTRIENTS));
			advice.add(new Plan.Guidance("Exercise is treatment",
					"For long-lasting low back pain, regular exercise "
							+ "is a first-line treatment; yoga, tai chi, Pilates and group classes all count.",
					"NICE NG59; ACP 2017", List.of()));
		}
		if (request.goal() == Goal.CORE) {
			advice.add(new Plan.Guidance("Seeing your abs", "Core exercises make the abdominal muscles strong, but "
					+ "whether they show depends on body fat: combine training with a diet low in sugar and refined "
					+ "flour.", "FitAtlas editorial, after common coaching guidance on lying leg raises", List.of()));
		}
		if (request.goal() == Goal.ENDURANCE) {
			advice
				.add(new Plan.Guidance("Sets to the maximum", "Twice a week you may take the last set of a body-weight "
						+ "core exercise to the maximum you can do with clean form; on other days stay with the planned reps.",
						"FitAtlas editorial, after common coaching guidance on lying leg raises", List.of()));
		}
		if (request.goal() == Goal.MORNING_ROUTINE) {
			advice.add(new Plan.Guidance("The first hour",
					"Discs take up water overnight, so for the first 30–60 "
							+ "minutes after waking avoid touching your toes and other deep bending of the lower back.",
					"McGill 2004, citing Adams 1987", List.of()));
		}
		if (request.goal() == Goal.FLEXIBILITY) {
			advice.add(new Plan.Guidance("How often", "Stretch at least two or three days a week; daily is best. Hold "
					+ "each stretch 10–30 s (30–60 s if you are older) for about a minute in total, when the muscles "
					+ "are warm.", "Garber et al. 2011", List.of()));
		}
		if (request.has("pregnancy")) {
			advice.add(new Plan.Guidance("Pregnancy",
					"Check this plan with your midwife or doctor. Stop and get "
							+ "advice if you feel dizzy, short of breath before starting, pain, or any bleeding.",
					"ACOG 2015", List.of()));
		}
		if (request.has("recent-abdominal-surgery") || request.goal() == Goal.POST_SURGERY_REHAB) {
			advice.add(new Plan.Guidance("After surgery", "Start only after the minimum time your surgeon gave you. "
					+ "Keep the knee bent in leg work until the scar area feels no strain, then straighten the leg "
					+ "gradually.", "FitAtlas editorial, after common coaching guidance on lying leg raises",
					List.of()));
		}
		if (request.has("hypertension")) {
			advice.add(new Plan.Guidance("Breathing", "Breathe out on the effort and never hold your breath: holding "
					+ "it raises blood pressure sharply.", "ACSM", List.of()));
		}
		return advice;
	}

}
