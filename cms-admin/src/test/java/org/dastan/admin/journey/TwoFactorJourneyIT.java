package org.dastan.admin.journey;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.admin.twofactor.AuthenticatorApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin turns on two-factor login in Chromium (QR code, secret, a code from the app,
 * recovery codes), logs out, and logs in again with the password and a recovery code; the
 * audit log shows it all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "dastan.admin.password=" + TwoFactorJourneyIT.PASSWORD)
@ActiveProfiles("test")
// The admin leaves with two-factor login on; browser tests that share this context and
// log in as admin with the password alone must get a fresh one.
@DirtiesContext
class TwoFactorJourneyIT {

	static final String PASSWORD = "browser test admin password";

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private Clock clock;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@Test
	void adminTurnsOnTwoFactorLoginAndLogsInWithARecoveryCode() {
		String baseUrl = "http://localhost:" + this.port;
		AdminSession admin = AdminSession.logIn(driver, baseUrl, "admin", PASSWORD);
		admin.clickToNewPage("a.nav-link[href$='/admin/account/two-factor']");
		WebElement qrCode = admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.qr-code")));
		assertThat(qrCode.getSize().getWidth()).isGreaterThan(100);
		assertThat(AxeCheck.blocking(driver)).isEmpty();
		String secret = admin.find(".two-factor-secret").getText();
		String code = AuthenticatorApp.codeAt(secret, this.clock.instant());
		admin.type("#code", code);
		admin.clickToNewPage("main button[type=submit]");
		assertThat(admin.find("main").getText()).contains("Your recovery codes");

		List<String> recoveryCodes = admin
			.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".recovery-codes li"), 10))
			.stream()
			.map(WebElement::getText)
			.toList();
		admin.clickToNewPage("a.btn-dark[href$='/admin']");
		admin.waitFor(ExpectedConditions.urlMatches("/admin$"));
		admin.clickToNewPage("form[action$='/admin/logout'] button");
		admin.waitFor(ExpectedConditions.urlContains("/admin/login?logout"));

		admin.open("/admin/login");
		admin.type("#username", "admin");
		admin.type("#password", PASSWORD);
		admin.clickToNewPage("button[type=submit]");
		admin.waitFor(ExpectedConditions.urlContains("/admin/login/code"));
		admin.open("/admin/articles");
		admin.waitFor(ExpectedConditions.urlContains("/admin/login/code"));
		admin.type("#code", recoveryCodes.get(0));
		admin.clickToNewPage("main button[type=submit]");
		admin.waitFor(ExpectedConditions.urlMatches("/admin$"));
		assertThat(admin.find(".welcome").getText()).isEqualTo("Welcome, admin.");

		admin.open("/admin/audit?user=admin");
		assertThat(admin.find(".audit-entries").getText()).contains("Two-factor", "two-factor.enable",
				"recovery code used", "Sign-out");
		assertThat(AxeCheck.blocking(driver)).isEmpty();
	}

}
