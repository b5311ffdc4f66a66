package org.dastan.admin.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor corrects today's tenge rate in Chromium and moves the manat up the ticker;
 * the public ticker follows both, and the admin pages on the way pass axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/rates",
				"dastan.admin.password=" + RateCorrectionIT.PASSWORD })
@ActiveProfiles("test")
class RateCorrectionIT {

	static final String PASSWORD = "browser test rates password";

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(1280, 1024);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@Test
	void editorCorrectsARateAndTheTickerFollows() {
		String base = "http://localhost:" + this.port;
		driver.get(base + "/");
		assertThat(ticker()).anyMatch((entry) -> entry.startsWith("KZT/USD = ")).doesNotContain("KZT/USD = 0.00250");

		AdminSession editor = AdminSession.logIn(driver, base, "admin", PASSWORD);
		editor.open("/admin/rates");
		editor.click("a[href='/admin/rates/KZT']");
		editor.waitFor(ExpectedConditions.urlMatches("/admin/rates/KZT$"));
		checkAccessibility();
		editor.setValue("#date", LocalDate.now(ZoneId.of("Asia/Almaty")).toString());
		editor.type("#value", "0,0025x");
		editor.click("form.card button[type=submit]");
		assertThat(editor.find("#value-error").getText()).startsWith("Enter a number such as 0.00196");
		assertThat(editor.find("#value").getDomProperty("value")).isEqualTo("0,0025x");
		checkAccessibility();

		editor.type("#value", "0,00250");
		editor.click("form.card button[type=submit]");
		editor.waitFor(ExpectedConditions.urlMatches("/admin/rates/KZT$"));
		assertThat(editor.find(".alert-success").getText()).startsWith("Rate saved.");
		assertThat(editor.find("tbody tr").getText()).contains("0.0025", "By hand", "by admin at");

		editor.open("/admin/currencies");
		checkAccessibility();
		editor.click("button[aria-label='Move TMT up']");
		editor.waitFor(ExpectedConditions.urlContains("#ticker"));

		editor.open("/admin/rates/imports");
		checkAccessibility();

		driver.get(base + "/");
		List<String> ticker = ticker();
		assertThat(ticker).contains("KZT/USD = 0.00250");
		assertThat(ticker.stream().map((entry) -> entry.substring(0, 3)).toList()).containsExactly("KGS", "KZT", "TJS",
				"TMT", "UZS");
	}

	// The first copy of the list, as screen readers get it; the marquee may have scrolled
	// entries out of view, so their text is read from the page rather than the screen.
	private static List<String> ticker() {
		return driver.findElements(By.cssSelector(".ticker-list:not([aria-hidden]) .ticker-item"))
			.stream()
			.map(RateCorrectionIT::entry)
			.toList();
	}

	private static String entry(WebElement item) {
		return item.findElement(By.className("ticker-pair")).getDomProperty("textContent") + " = "
				+ item.findElement(By.className("ticker-value")).getDomProperty("textContent");
	}

	private static void checkAccessibility() {
		assertThat(AxeCheck.blocking(driver)).as("axe violations on " + driver.getCurrentUrl()).isEmpty();
	}

}
