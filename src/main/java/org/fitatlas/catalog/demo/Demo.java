package org.fitatlas.catalog.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An exercise's demonstration: how the figure is seen, what is in the scene, what rests
 * where, and the poses it moves through in a loop.
 *
 * @param template the base movement it was authored from
 * @param anchor the support that places the figure in the scene; without one each pose
 * says where the hip is
 * @param supports the points that rest on something and must stay still
 * @param side the working side for one-sided work: 0 the near (right) side, 1 the far
 * (left) side
 */
public record Demo(String template, Joint.View view, List<Prop> props, @Nullable Held held,
		Support.@Nullable Point anchor, List<Support> supports, List<Pose> poses, int side) {

	public Demo {
		props = List.copyOf(props);
		supports = List.copyOf(supports);
		poses = List.copyOf(poses);
		if (poses.isEmpty() || poses.size() > 6) {
			throw new IllegalArgumentException("a demo needs 1 to 6 poses, had " + poses.size());
		}
		if (anchor == null) {
			for (Pose pose : poses) {
				if (pose.at() == null) {
					throw new IllegalArgumentException(
							"pose '" + pose.name() + "' needs 'at' (where the hip is): the demo has no anchor");
				}
			}
		}
		else if (supports.stream().noneMatch((s) -> s.point() == anchor)) {
			throw new IllegalArgumentException("the anchor '" + anchor.token() + "' is not one of the supports");
		}
	}

	/** One loop's length in seconds. */
	public double cycleSeconds() {
		double total = 0;
		for (Pose pose : this.poses) {
			total += pose.seconds() + pose.hold();
		}
		return total;
	}

	public boolean animated() {
		return this.poses.size() > 1 && cycleSeconds() > 0;
	}

}
