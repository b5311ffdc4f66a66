package org.dastan.admin.journey;

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
 * An editor rearranges the demo newsroom's sidebar in Chromium: drags a widget to the top
 * with the mouse, switches one off, and the public home page follows each change at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/sidebar",
				"dastan.admin.password=" + SidebarIT.PASSWORD })
@ActiveProfiles("test")
class SidebarIT {

	static final String PASSWORD = "browser test sidebar password";

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
	void editorDragsAWidgetToTheTopAndSwitchesOneOffAndTheHomePageFollows() throws Exception {
		AdminSession editor = AdminSession.logIn(driver, url(""), "admin", PASSWORD);
		List<String> before = homeSidebar();
		assertThat(before).startsWith("Exchange rates", "Latest", "Most read");

		editor.open("/admin/sidebar");
		PageCheck.served(driver);
		assertThat(editor.texts(".sidebar-widgets .widget-title")).startsWith("Exchange rates", "Latest", "Most read");
		WebElement list = editor.find(".sidebar-widgets");
		editor.dragItem(".sidebar-widgets > li", "Most read", "Exchange rates");
		editor.waitFor(Browser.replaced(list));
		assertThat(editor.texts(".sidebar-widgets .widget-title")).startsWith("Most read", "Exchange rates", "Latest");
		assertThat(homeSidebar()).startsWith("Most read", "Exchange rates", "Latest")
			.containsExactlyInAnyOrderElementsOf(before);

		editor.open("/admin/sidebar");
		editor.click("button[aria-label='Switch Latest off']");
		editor.waitFor(ExpectedConditions.textToBe(By.cssSelector(".alert-success"), "Widget switched off."));
		assertThat(homeSidebar()).startsWith("Most read", "Exchange rates").doesNotContain("Latest");

		editor.open("/admin/sidebar");
		editor.click("a[aria-label='Preview Latest']");
		editor.waitFor(ExpectedConditions.urlContains("/preview"));
		PageCheck.served(driver);
		assertThat(editor.find(".widget-preview .sidebar-widget h2").getText()).isEqualTo("Latest");
		for (String type : new String[] { "EDITORS_PICKS", "PROMO", "TAGS" }) {
			editor.open("/admin/sidebar/new?type=" + type);
			PageCheck.served(driver);
		}
	}

	private List<String> homeSidebar() {
		driver.get(url("/"));
		return driver.findElements(By.cssSelector(".sidebar .sidebar-widget > h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
