package org.dastan.admin.journey;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk where editors spend their day passes axe-core with no serious or critical
 * violations, in English and Russian, on desktop and phone: the article list, the editor
 * with its toolbar and publishing panel, and the media picker opened from the editor.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/admin-accessibility",
				"dastan.admin.password=" + AdminAccessibilityIT.PASSWORD })
@ActiveProfiles("test")
class AdminAccessibilityIT {

	static final String PASSWORD = "admin accessibility test password";

	private static WebDriver driver;

	private static AdminSession desk;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@ParameterizedTest(name = "{0} in {1} at {2}px")
	@CsvSource({ "/admin/articles, en, 1280", "/admin/articles, ru, 390", "/admin/articles/new, en, 1280",
			"/admin/articles/new, ru, 390", "/admin/articles/1, en, 1280", "/admin/articles/1, ru, 1280",
			"/admin/articles/1, en, 390", "picker, en, 1280", "picker, ru, 390" })
	void deskPagePassesAxe(String page, String language, int width) {
		String site = "http://localhost:" + this.port;
		if (desk == null) {
			desk = AdminSession.logIn(driver, site, "admin", PASSWORD);
		}
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
		boolean picker = page.equals("picker");
		// The public site's language switch sets the admin's language too.
		desk.open("/?lang=" + language);
		desk.open(picker ? "/admin/articles/1" : page);
		desk.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
		if (picker) {
			desk.waitFor(
					ExpectedConditions.elementToBeClickable(By.cssSelector(".editor-toolbar [data-action=image]")));
			desk.click(".editor-toolbar [data-action=image]");
			desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.media-picker[open]")));
		}
		List<String> blocking = AxeCheck.blocking(driver);
		assertThat(blocking).as("axe serious or critical violations on " + page).isEmpty();
	}

}
