package org.fitatlas.catalog.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks catch what would make a figure wrong, and the reader says what a demo block
 * may contain.
 */
class DemoChecksTests {

	private final DemoReader reader = DemoReader.withTemplates();

	private Demo read(String yaml) {
		Object block = new org.yaml.snakeyaml.Yaml().load(yaml);
		DemoReader.Result result = this.reader.read(block);
		assertThat(result.problems()).isEmpty();
		return result.demo().orElseThrow();
	}

	@Test
	void shouldPassTheTemplatePushUp() {
		assertThat(DemoChecks.check(read("{template: push-up}"))).isEmpty();
	}

	@Test
	void shouldReportAKneeBentBeyondItsRange() {
		Demo demo = read("{template: supine, poses: {up: {knee: 170}}}");
		assertThat(DemoChecks.check(demo)).anySatisfy((p) -> assertThat(p).contains("near knee is at 170°"));
	}

	@Test
	void shouldReportHandsThatSlideWhenTheBodyMovesTooFarFromThem() {
		Demo demo = read("{template: push-up, poses: {top: {trunk: 40}}}");
		assertThat(DemoChecks.check(demo)).anySatisfy((p) -> assertThat(p).contains("hands leave their place"));
	}

	@Test
	void shouldReportABodyThatSinksThroughTheFloor() {
		Demo demo = read("{template: supine, poses: {down: {at: [0, -20]}}}");
		assertThat(DemoChecks.check(demo)).anySatisfy((p) -> assertThat(p).contains("below the floor"));
	}

	@Test
	void shouldReportABodyPassingThroughAProp() {
		Demo demo = read("{template: squat, props: [{kind: box, x: 0, y: 60, w: 40}]}");
		assertThat(DemoChecks.check(demo)).anySatisfy((p) -> assertThat(p).contains("into the box"));
	}

	@Test
	void shouldKeepEverySegmentItsLengthThroughTheMove() {
		Demo demo = read("{template: bent-row}");
		for (Motion.Moment moment : Motion.of(demo)) {
			Map<Part, double[]> drawn = DemoChecks.redraw(moment.frame());
			double[] hip = drawn.get(Part.THIGH_0);
			double[] knee = drawn.get(Part.SHANK_0);
			assertThat(Math.hypot(knee[0] - hip[0], knee[1] - hip[1])).isCloseTo(Figure.THIGH,
					org.assertj.core.data.Offset.offset(0.01));
		}
	}

	@Test
	void shouldNameTheAllowedTemplatesForAnUnknownOne() {
		DemoReader.Result result = this.reader.read(Map.of("template", "levitation"));
		assertThat(result.demo()).isEmpty();
		assertThat(result.problems()).singleElement()
			.asString()
			.contains("'levitation' is not a known template")
			.contains("push-up");
	}

	@Test
	void shouldNameTheAllowedKeysForAnUnknownOne() {
		DemoReader.Result result = this.reader.read(Map.of("template", "plank", "speed", 3));
		assertThat(result.problems()).singleElement().asString().contains("demo.speed").contains("allowed: anchor");
	}

	@Test
	void shouldDrawTheStartAndEndPosesSideBySideWhenMotionIsReduced() {
		String svg = DemoSvg.render(read("{template: squat}"), "Squat", "Sit back and stand up.",
				List.of("quadriceps"));
		assertThat(svg).contains("@media (prefers-reduced-motion:reduce){.anim{display:none}.still{display:inline}}")
			.contains("scale(0.5)")
			.contains("class=\"t\"")
			.contains("<desc id=\"demo-desc\">Sit back and stand up.</desc>");
	}

}
