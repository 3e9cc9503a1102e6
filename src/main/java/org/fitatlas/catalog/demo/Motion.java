package org.fitatlas.catalog.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A demo's loop as a list of solved moments: each pose, its hold, and the move to the
 * next pose in eased steps (slow out of a pose, slow into the next, as a controlled
 * repetition moves).
 */
final class Motion {

	/** Steps per move: enough that a support point cannot visibly slide in between. */
	static final int STEPS = 8;

	/** One solved moment. */
	record Moment(double seconds, int phase, Frame frame) {
	}

	private Motion() {
	}

	static List<Moment> of(Demo demo) {
		List<Pose> poses = demo.poses();
		List<Moment> moments = new ArrayList<>();
		double time = 0;
		for (int i = 0; i < poses.size(); i++) {
			Pose pose = poses.get(i);
			Frame still = Kinematics.solve(demo, pose);
			moments.add(new Moment(time, i, still));
			if (pose.hold() > 0) {
				time += pose.hold();
				moments.add(new Moment(time, i, still));
			}
			if (poses.size() == 1) {
				break;
			}
			Pose next = poses.get((i + 1) % poses.size());
			for (int step = 1; step < STEPS; step++) {
				double t = (double) step / STEPS;
				double eased = t * t * (3 - 2 * t);
				moments
					.add(new Moment(time + pose.seconds() * t, i, Kinematics.solve(demo, pose.towards(next, eased))));
			}
			time += pose.seconds();
		}
		if (poses.size() > 1) {
			moments.add(new Moment(time, poses.size() - 1, moments.get(0).frame()));
		}
		return moments;
	}

}
