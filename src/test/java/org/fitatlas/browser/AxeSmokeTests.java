package org.fitatlas.browser;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility checker itself: it passes a clean exercise page and catches a broken
 * one (an unlabelled field, text too wide for the window), so a green browser test means
 * something.
 */
@FitAtlasWebTest
class AxeSmokeTests extends BrowserTest {

	@Test
	void shouldPassACleanPageAndCatchAnUnlabelledFieldAndAnOverwidePage() {
		this.browser.get(url("/exercises/barbell-bench-press"));
		Accessibility.assertFitsWidth(this.browser);
		Accessibility.assertClean(this.browser);
		((JavascriptExecutor) this.browser)
			.executeScript("var i = document.createElement('input');" + "document.querySelector('main').appendChild(i);"
					+ "var d = document.createElement('div'); d.style.width = '3000px'; d.textContent = 'wide';"
					+ "document.querySelector('main').appendChild(d);");
		assertThatThrownBy(() -> Accessibility.assertClean(this.browser)).hasMessageContaining("label");
		assertThatThrownBy(() -> Accessibility.assertFitsWidth(this.browser)).hasMessageContaining("page width");
	}

}
