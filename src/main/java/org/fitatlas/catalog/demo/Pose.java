package org.fitatlas.catalog.demo;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One keyframe: the trunk's lean, the joint angles and how long the move to the next pose
 * takes.
 *
 * @param name what the pose is called in the catalog file ("top", "bottom")
 * @param trunk the lower trunk's lean in degrees: 0 upright, 90 face down with the head
 * forward, -90 face up with the head behind
 * @param at where the hip sits (x forward, y up, cm) when no support places the figure
 * @param angles per joint, the near (or left) and the far (or right) side's angle
 * @param seconds how long the move from this pose to the next takes
 * @param hold how long the figure stays in this pose before moving on
 */
public record Pose(String name, double trunk, double @Nullable [] at, Map<Joint, double[]> angles, double seconds,
		double hold) {

	public Pose {
		if (seconds < 0 || seconds > 20) {
			throw new IllegalArgumentException("seconds must be 0..20, was " + seconds);
		}
		if (hold < 0 || hold > 20) {
			throw new IllegalArgumentException("hold must be 0..20, was " + hold);
		}
		if (at != null && at.length != 2) {
			throw new IllegalArgumentException("at must be [x, y], had " + at.length + " numbers");
		}
		EnumMap<Joint, double[]> copy = new EnumMap<>(Joint.class);
		for (Joint joint : Joint.values()) {
			double[] value = angles.getOrDefault(joint, new double[] { 0, 0 });
			copy.put(joint, new double[] { value[0], value[1] });
		}
		angles = copy;
	}

	public double angle(Joint joint, int side) {
		return this.angles.get(joint)[side];
	}

	/** This pose with the near and far (left and right) sides swapped. */
	Pose mirrored() {
		EnumMap<Joint, double[]> swapped = new EnumMap<>(Joint.class);
		this.angles.forEach((joint, value) -> swapped.put(joint, new double[] { value[1], value[0] }));
		return new Pose(this.name, this.trunk, this.at, swapped, this.seconds, this.hold);
	}

	/** The pose a fraction {@code t} of the way to {@code next}. */
	Pose towards(Pose next, double t) {
		EnumMap<Joint, double[]> mixed = new EnumMap<>(Joint.class);
		for (Joint joint : Joint.values()) {
			double[] a = this.angles.get(joint);
			double[] b = next.angles.get(joint);
			mixed.put(joint, new double[] { a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t });
		}
		double[] position = null;
		if (this.at != null && next.at != null) {
			position = new double[] { this.at[0] + (next.at[0] - this.at[0]) * t,
					this.at[1] + (next.at[1] - this.at[1]) * t };
		}
		else if (this.at != null) {
			position = this.at;
		}
		return new Pose(this.name, this.trunk + (next.trunk - this.trunk) * t, position, mixed, this.seconds, 0);
	}

}
