package org.fitatlas.browser;

import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person registers, signs in, creates an API token and signs out.
 */
@FitAtlasWebTest
class AccountBrowserTests extends BrowserTest {

	@Test
	void shouldRegisterSignInCreateATokenAndSignOut() {
		String email = "lena-" + UUID.randomUUID() + "@fitatlas.test";
		this.browser.get(url("/"));
		this.browser.findElement(By.linkText("Register")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Create an account"));
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("displayName")).sendKeys("Lena");
		this.browser.findElement(By.id("password")).sendKeys("password");
		this.browser.findElement(By.id("register")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
		assertThat(this.browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("common");

		this.browser.findElement(By.id("password")).sendKeys("mountain river lantern");
		this.browser.findElement(By.id("register")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).contains("account is ready");

		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys("mountain river lantern");
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hello, Lena"));
		assertThat(this.browser.findElement(By.id("profile-link")).getText()).isEqualTo("Lena");

		this.browser.findElement(By.id("token-name")).sendKeys("my phone");
		this.browser.findElement(By.id("create-token")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-value")));
		assertThat(this.browser.findElement(By.id("token-value")).getText()).startsWith("fa_");
		assertThat(this.browser.findElement(By.cssSelector("#tokens ~ table, table.plan-table")).getText())
			.contains("my phone");

		this.browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Sign in")));
		this.browser.get(url("/profile"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
	}

}
