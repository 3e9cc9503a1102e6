package org.fitatlas.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.fitatlas.calculators.LoadChart;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.OneRepMaxes;
import org.fitatlas.planning.PlanRequest;

/**
 * Loads in kilograms from a one-rep max the person gave, for strength plans of trained
 * people (ACSM 2009, Ratamess et al.): a linear wave of three weeks, then a deload week,
 * with the repetitions matched to the percentage by the NSCA training load chart.
 * <ul>
 * <li>advanced: 80–100 % for 1–6 reps; each wave is heavier, 6-5-4 reps in the first,
 * then 5-4-3, 4-3-2 and 3-2-1, at the chart's percentage for those reps less 5 points
 * (about two reps in reserve): 80, 82, 85 % in the first wave, up to 95 % for a
 * single;</li>
 * <li>intermediate: 60–70 % for 8–12 reps, 12-10-8 reps in every wave at the chart's
 * percentage less 10 points (three to four reps in reserve): 60, 65, 70 %.</li>
 * </ul>
 * A deload week keeps the wave's first week with one set fewer. Loads are rounded down to
 * the lift's load step.
 */
final class Periodisation {

	static final String SOURCE = "ACSM 2009 (Ratamess et al.), Progression Models in Resistance Training for "
			+ "Healthy Adults; NSCA training load chart (Baechle & Earle, Essentials of Strength Training and "
			+ "Conditioning)";

	/**
	 * One week's prescription: sets × reps at a percentage of 1RM, and the load in kg.
	 */
	record Prescription(int sets, int reps, int percent, double kg, double oneRepMax) {

		Prescription {
			if (sets < 1 || reps < 1 || percent < 1 || percent > 100 || kg <= 0) {
				throw new IllegalArgumentException("a prescription needs sets, reps, 1-100 % and a load; was " + sets
						+ " × " + reps + " at " + percent + " % = " + kg + " kg");
			}
		}

	}

	private final PlanRequest request;

	Periodisation(PlanRequest request) {
		this.request = request;
	}

	/** Whether the plan takes loads from one-rep maxes at all. */
	boolean planned() {
		return this.request.goal() == Goal.STRENGTH && !this.request.beginner()
				&& !this.request.has("acute-low-back-pain");
	}

	/** Whether this lift's loads come from a given one-rep max. */
	boolean usedFor(Exercise e) {
		return planned() && this.request.oneRepMaxes().containsKey(e.slug()) && OneRepMaxes.unsuitable(e).isEmpty()
				&& LoadStep.loaded(e) && kg(e, lightestPercent()) > 0;
	}

	/**
	 * Why a given one-rep max for a lift in the plan was not used, or empty if it was.
	 */
	Optional<String> notUsed(Exercise e) {
		if (usedFor(e)) {
			return Optional.empty();
		}
		if (OneRepMaxes.unsuitable(e).isPresent() || !LoadStep.loaded(e)) {
			return OneRepMaxes.unsuitable(e);
		}
		return Optional.of("its lightest planned load (" + lightestPercent() + " %) rounds down to less than one "
				+ LoadStep.oneStep(e) + " step");
	}

	private boolean advanced() {
		return this.request.level().equals("advanced");
	}

	private int lightestPercent() {
		return advanced() ? percent(6) : percent(12);
	}

	/**
	 * The chart's percentage for the reps, less the margin that leaves reps in reserve.
	 */
	private int percent(int reps) {
		double chart = LoadChart.rows(100)
			.stream()
			.filter((r) -> r.reps() == reps)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("the NSCA chart has no row for " + reps + " reps"))
			.percent();
		return (int) Math.round(chart) - (advanced() ? 5 : 10);
	}

	/** Reps in the week's place in its wave (0, 1, 2), wave 0 first. */
	private int reps(int wave, int place) {
		if (advanced()) {
			return Math.max(1, 6 - Math.min(wave, 3) - place);
		}
		return 12 - 2 * place;
	}

	/**
	 * The prescription for a week: {@code sets} is the item's sets outside deload weeks.
	 */
	Prescription week(Exercise e, int week, boolean deload, int sets) {
		int wave = (week - 1) / 4;
		int place = deload ? 0 : (week - 1) % 4;
		int reps = reps(wave, Math.min(place, 2));
		int percent = percent(reps);
		return new Prescription(deload ? Math.max(1, sets - 1) : sets, reps, percent, kg(e, percent),
				this.request.oneRepMaxes().get(e.slug()));
	}

	/** The load for a percentage, rounded down to the lift's step. */
	private double kg(Exercise e, int percent) {
		BigDecimal step = LoadStep.kgStep(e).orElse(BigDecimal.ONE);
		BigDecimal exact = BigDecimal.valueOf(this.request.oneRepMaxes().get(e.slug()))
			.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100));
		return exact.divide(step, 0, RoundingMode.FLOOR).multiply(step).doubleValue();
	}

	/** "week 2 of 3 in the wave" or the deload, for the item's why. */
	static String place(int week, boolean deload) {
		return deload ? "deload week: one set fewer at the wave's lightest load"
				: "week " + ((week - 1) % 4 + 1) + " of a three-week wave";
	}

	/** "92.5" or "90": kilograms as a person writes them. */
	static String kg(double kg) {
		return BigDecimal.valueOf(kg).stripTrailingZeros().toPlainString();
	}

}
