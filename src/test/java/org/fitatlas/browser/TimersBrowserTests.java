package org.fitatlas.browser;

import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared timer script in a real browser: time left comes from the deadline, not from
 * counting ticks, so ticks that never come (a busy or throttled tab) lose nothing.
 */
@FitAtlasWebTest
class TimersBrowserTests extends BrowserTest {

	@Test
	void shouldCountFromTheDeadlineWhenNoTickComes() {
		this.browser.get(url("/exercises/plank"));
		// The page is kept busy for 1.5 s: no frame, no interval can run in that time.
		List<?> result = (List<?>) script("var T = window.FitAtlasTimers; var ticks = 0;"
				+ "var c = T.countdown(3, {onTick: function () { ticks++; }});" + "var w = T.stopwatch({}); w.start();"
				+ "var end = performance.now() + 1500;" + "while (performance.now() < end) {}"
				+ "var ticksBefore = ticks;"
				+ "var left = c.msLeft(); var elapsed = w.elapsed(); c.cancel(); w.pause();"
				+ "return [left, elapsed, ticksBefore, c.running(), w.running()];");
		double left = ((Number) result.get(0)).doubleValue();
		double elapsed = ((Number) result.get(1)).doubleValue();
		assertThat(((Number) result.get(2)).intValue()).as("only the first tick ran").isEqualTo(1);
		assertThat(left).isBetween(1000.0, 1500.0);
		assertThat(elapsed).isBetween(1500.0, 2000.0);
		assertThat(result.get(3)).isEqualTo(false);
		assertThat(result.get(4)).isEqualTo(false);
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldFormatCentisecondsAndWholeSecondsRoundedUp() {
		this.browser.get(url("/exercises/plank"));
		List<Object> shown = (List<Object>) script("var f = window.FitAtlasTimers.format;"
				+ "return [f(0, true), f(61010, true), f(3723990, true), f(0, false), f(1, false), f(59001, false),"
				+ " f(3723000, false), f(-5, false)];");
		assertThat(shown).containsExactly("00:00:00.00", "00:01:01.01", "01:02:03.99", "0:00", "0:01", "1:00",
				"1:02:03", "0:00");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldPauseResumeAndSkipThroughASequence() {
		this.browser.get(url("/exercises/plank"));
		List<Object> log = (List<Object>) ((JavascriptExecutor) this.browser).executeAsyncScript(
				"var done = arguments[arguments.length - 1]; var T = window.FitAtlasTimers; var log = [];"
						+ "var s = T.sequence([{label: 'left', seconds: 60}, {label: 'switch', seconds: 0.2},"
						+ " {label: 'right', seconds: 0.2}], {onStep: function (step, i) { log.push(i + ':' + step.label); },"
						+ " onDone: function () { log.push('done'); done(log); }});"
						+ "s.pause(); s.resume(); s.skip();");
		assertThat(log).containsExactly("0:left", "1:switch", "2:right", "done");
	}

	private Object script(String js) {
		return ((JavascriptExecutor) this.browser).executeScript(js);
	}

}
