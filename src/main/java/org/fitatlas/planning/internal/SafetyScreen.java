package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.fitatlas.catalog.Contraindication;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.PlanRequest;

/**
 * Why an exercise is ruled out for a person, or nothing when it is safe for them. The
 * rules are the table in docs/planning.md, drawn from training-rules.md section 5 and the
 * seeds.
 */
final class SafetyScreen {

	private final PlanRequest request;

	private final Taxonomy taxonomy;

	SafetyScreen(PlanRequest request, Taxonomy taxonomy) {
		this.request = request;
		this.taxonomy = taxonomy;
	}

	List<String> reasons(Exercise e) {
		if (!e.plannable()) {
			// the conservative default of docs/planning.md: an imported exercise whose
			// safety fields are not written yet is screened out for every person
			return List.of("Not yet reviewed for safety: its position, contraindications, traits or dose are not "
					+ "written yet.");
		}
		List<String> reasons = new ArrayList<>();
		for (Contraindication c : e.contraindications()) {
			if (this.request.has(c.condition())) {
				reasons.add(this.taxonomy.displayName(Taxonomy.CONDITIONS, c.condition()) + ": " + c.reason());
			}
		}
		if (this.request.has("pregnancy")) {
			if (e.traits().contains("abdominal-loading")) {
				reasons.add(
						"Pregnancy: no exercises that load the abdominal wall (coaching guidance on lying leg raises).");
			}
			if (e.position().equals("prone")) {
				reasons.add("Pregnancy: nothing lying on the stomach.");
			}
			if (e.traits().contains("high-impact")) {
				reasons.add("Pregnancy: no jumping or hard landings.");
			}
			Integer trimester = this.request.pregnancyTrimester();
			if (e.position().equals("supine") && trimester != null && trimester >= 2) {
				reasons.add("Pregnancy after the first trimester: nothing lying on the back, which can press on a "
						+ "large vein (ACOG).");
			}
		}
		if (this.request.has("spinal-disc-herniation")) {
			if (e.traits().contains("spinal-rolling")) {
				reasons.add("Disc herniation: no rolling on the spine (physiotherapy guidance for low back pain).");
			}
			if (e.traits().contains("repeated-spinal-flexion") || e.traits().contains("loaded-spinal-flexion")) {
				reasons.add("Disc herniation: no repeated or loaded bending of the spine (McGill).");
			}
		}
		boolean surgery = this.request.has("recent-abdominal-surgery")
				|| this.request.goal() == Goal.POST_SURGERY_REHAB;
		if (surgery && e.traits().contains("abdominal-loading")
				&& !(e.level().equals("beginner") && !e.contraindicatedFor("recent-abdominal-surgery"))) {
			reasons.add(
					"After abdominal surgery: only gentle, bent-knee, alternating abdominal work (coaching guidance on lying leg raises).");
		}
		if (this.request.has("acute-low-back-pain") && !gentleMobility(e)) {
			reasons.add("Acute low back pain: no loading until the pain is dull and settling; gentle mobility only "
					+ "(physiotherapy guidance for low back pain; ACP 2017).");
		}
		if ((this.request.has("chronic-low-back-pain") || this.request.goal() == Goal.BACK_HEALTH)
				&& e.traits().contains("repeated-spinal-flexion")) {
			reasons.add("For a healthy back: repeated bending of the spine compresses the discs (sit-ups about "
					+ "3,300 N); curl-ups, side bridges and bird dogs do the job instead (McGill 1998).");
		}
		if (this.request.has("knee-pain")
				&& (e.traits().contains("deep-knee-flexion") || e.traits().contains("high-impact"))) {
			reasons.add("Knee pain: no deep knee bends or jumping.");
		}
		if (this.request.has("shoulder-pain") && e.traits().contains("overhead")) {
			reasons.add("Shoulder pain: no work with the arms overhead.");
		}
		if (this.request.has("hypertension")
				&& (e.traits().contains("breath-holding-risk") || e.traits().contains("inverted"))) {
			reasons.add("High blood pressure: nothing that tempts you to hold your breath or puts the head below "
					+ "the heart.");
		}
		if (this.request.has("osteoporosis") && (e.traits().contains("loaded-spinal-flexion")
				|| e.traits().contains("repeated-spinal-flexion") || e.traits().contains("high-impact"))) {
			reasons.add("Osteoporosis: no loaded or repeated spinal bending and no jumping (fracture risk).");
		}
		if (this.request.goal() == Goal.MORNING_ROUTINE) {
			if (e.traits().contains("repeated-spinal-flexion") || e.traits().contains("loaded-spinal-flexion")) {
				reasons.add("Morning: discs are swollen for the first hour after waking, so no repeated bending of "
						+ "the lower back (McGill 2004).");
			}
			if (e.traits().contains("external-load")) {
				reasons.add("Morning routine: no weights (coaching guidance on lying leg raises).");
			}
		}
		return reasons;
	}

	static boolean gentleMobility(Exercise e) {
		return e.level().equals("beginner")
				&& (e.category().equals("mobility") || e.category().equals("stretching") || gentleWalking(e))
				&& !e.traits().contains("external-load");
	}

	/**
	 * Walking and marching: staying active helps an acute back more than rest (NICE
	 * NG59).
	 */
	static boolean gentleWalking(Exercise e) {
		return e.category().equals("cardio") && e.pattern().equals("locomotion") && e.position().equals("standing")
				&& !e.traits().contains("high-impact") && !e.traits().contains("external-load");
	}

}
