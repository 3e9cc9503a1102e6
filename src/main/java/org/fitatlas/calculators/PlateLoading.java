package org.fitatlas.calculators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.fitatlas.shared.InvalidParameter;

/**
 * The plates to put on each side of a bar for a target weight, never more than the
 * target. Greedy from the heaviest plate is exact for the usual sets but not for every
 * set (20, 15 and 2 kg plates, 30 kg a side: greedy takes 20 + 5 × 2, six plates, where
 * 15 + 15 will do), so this solves it exactly: a dynamic programme over 0.05 kg units
 * that first minimises the remainder, then the number of plates.
 */
public record PlateLoading(double targetKg, double barKg, List<PlateCount> perSide, double achievedKg,
		double remainderKg) {

	public static final double DEFAULT_BAR_KG = 20;

	public static final List<Double> DEFAULT_PLATES = List.of(25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25);

	public static final Bounds TARGET = Bounds.decimal("targetKg", 0, true, 1000, "kg");

	public static final Bounds BAR = Bounds.decimal("barKg", 0, true, 100, "kg");

	public static final Bounds PLATE = Bounds.decimal("plates", 0, false, 100, "kg");

	public static final int MAX_PLATE_SIZES = 20;

	/** Plates must be whole multiples of this, the unit the programme counts in. */
	static final double UNIT_KG = 0.05;

	private static final int NONE = Integer.MAX_VALUE;

	public PlateLoading {
		perSide = List.copyOf(perSide);
	}

	/**
	 * Loads a bar of {@code barKg} towards {@code targetKg} with unlimited pairs of each
	 * plate size in {@code plates}.
	 */
	public static PlateLoading load(double targetKg, double barKg, List<Double> plates) {
		BAR.check(barKg);
		TARGET.check(targetKg);
		if (targetKg < barKg) {
			throw InvalidParameter.of("targetKg", Bounds.shown(targetKg),
					"at least the bar (" + Bounds.shown(barKg) + " kg) and at most 1000 kg");
		}
		int[] sizes = units(plates);
		int goal = (int) Math.floor((targetKg - barKg) / 2 / UNIT_KG + 1e-9);
		int[] count = new int[goal + 1];
		int[] last = new int[goal + 1];
		Arrays.fill(count, 1, goal + 1, NONE);
		for (int u = 1; u <= goal; u++) {
			for (int size : sizes) {
				if (size <= u && count[u - size] != NONE && count[u - size] + 1 < count[u]) {
					count[u] = count[u - size] + 1;
					last[u] = size;
				}
			}
		}
		int reached = goal;
		while (count[reached] == NONE) {
			reached--;
		}
		int[] used = new int[sizes.length];
		for (int u = reached; u > 0; u -= last[u]) {
			used[indexOf(sizes, last[u])]++;
		}
		List<PlateCount> perSide = new ArrayList<>();
		for (int i = 0; i < sizes.length; i++) {
			if (used[i] > 0) {
				perSide.add(new PlateCount(sizes[i] * UNIT_KG, used[i]));
			}
		}
		double achieved = barKg + 2 * reached * UNIT_KG;
		return new PlateLoading(targetKg, barKg, perSide, achieved, targetKg - achieved);
	}

	/**
	 * Distinct plate sizes in 0.05 kg units, heaviest first (so ties keep heavy plates).
	 */
	private static int[] units(List<Double> plates) {
		if (plates.isEmpty() || plates.size() > MAX_PLATE_SIZES) {
			throw InvalidParameter.of("plates", plates.isEmpty() ? "(empty)" : plates.size() + " values",
					"1 to " + MAX_PLATE_SIZES + " plate weights, e.g. 25,20,15,10,5,2.5,1.25");
		}
		TreeSet<Integer> sizes = new TreeSet<>();
		for (double plate : plates) {
			PLATE.check(plate);
			long units = Math.round(plate / UNIT_KG);
			if (Math.abs(units * UNIT_KG - plate) > 1e-9) {
				throw InvalidParameter.of("plates", Bounds.shown(plate), "plate weights in steps of 0.05 kg");
			}
			sizes.add((int) units);
		}
		return sizes.descendingSet().stream().mapToInt(Integer::intValue).toArray();
	}

	private static int indexOf(int[] sizes, int size) {
		for (int i = 0; i < sizes.length; i++) {
			if (sizes[i] == size) {
				return i;
			}
		}
		throw new IllegalStateException("no plate of " + size + " units");
	}

	/** How many plates of one weight go on each side. */
	public record PlateCount(double kg, int count) {

		public PlateCount {
			if (!(kg > 0) || count < 1) {
				throw new IllegalArgumentException(
						"a plate count needs kg > 0 and count ≥ 1, was " + kg + " × " + count);
			}
		}

	}

}
