package org.dastan.admin.journey;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor picks the Suggested Articles of a story in Chromium: finds an article by
 * typing part of its title, adds an external link, reorders them by dragging and by the
 * keyboard, removes one, and the public article page follows each time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.media-dir=target/it-media/suggested",
				"dastan.admin.password=" + SuggestedLinksIT.PASSWORD })
@ActiveProfiles("test")
class SuggestedLinksIT {

	static final String PASSWORD = "browser test suggested links password";

	private static final String PICKED = ".picked-links .picked-title > span:first-child";

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleRepository articles;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(1280, 1024);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@Test
	void editorAddsReordersAndRemovesLinksAndTheArticlePageFollows() throws Exception {
		Article story = published("water-talks", "Water talks in Dushanbe");
		published("rogun-dam", "The Rogun dam rises");
		published("amu-darya", "Amu Darya runs low");
		AdminSession editor = AdminSession.logIn(driver, url(""), "admin", PASSWORD);

		editor.open("/admin/articles/" + story.getId());
		editor.click("a[href$='/suggested']");
		editor.waitFor(ExpectedConditions.urlContains("/suggested"));
		PageCheck.served(driver);
		editor.type("#article-query", "rogun");
		editor.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".lookup-choice")));
		assertThat(driver.findElements(By.cssSelector(".lookup-results li"))).hasSize(1);
		PageCheck.shown(driver);
		editor.click(".lookup-choice");
		editor.waitFor(ExpectedConditions.textToBe(By.cssSelector(".alert-success"), "Link added."));
		assertThat(suggested()).containsExactly("The Rogun dam rises");

		editor.open("/admin/articles/" + story.getId() + "/suggested");
		editor.type("#url", "https://example.org/aral-report");
		editor.type("#title", "The Aral Sea report");
		editor.click(".external-link button[type=submit]");
		editor.waitFor(ExpectedConditions.textToBe(By.cssSelector(".alert-success"), "Link added."));
		assertThat(editor.texts(PICKED)).containsExactly("The Rogun dam rises", "The Aral Sea report");
		PageCheck.served(driver);
		assertThat(suggested()).containsExactly("The Rogun dam rises", "The Aral Sea report external link");

		editor.open("/admin/articles/" + story.getId() + "/suggested");
		WebElement list = editor.find(".picked-links");
		editor.dragItem(".picked-links > li", "The Aral Sea report", "The Rogun dam rises");
		editor.waitFor(Browser.replaced(list));
		assertThat(editor.texts(PICKED)).containsExactly("The Aral Sea report", "The Rogun dam rises");
		assertThat(suggested()).containsExactly("The Aral Sea report external link", "The Rogun dam rises");

		editor.open("/admin/articles/" + story.getId() + "/suggested");
		list = editor.find(".picked-links");
		editor.find("button[aria-label='Move The Rogun dam rises up']").sendKeys(Keys.ENTER);
		editor.waitFor(Browser.replaced(list));
		assertThat(editor.texts(PICKED)).containsExactly("The Rogun dam rises", "The Aral Sea report");
		assertThat(suggested()).containsExactly("The Rogun dam rises", "The Aral Sea report external link");

		editor.open("/admin/articles/" + story.getId() + "/suggested");
		editor.click("button[aria-label='Remove The Rogun dam rises']");
		editor.waitFor(ExpectedConditions.textToBe(By.cssSelector(".alert-success"), "Link removed."));
		assertThat(editor.texts(PICKED)).containsExactly("The Aral Sea report");
		assertThat(suggested()).containsExactly("The Aral Sea report external link");
	}

	private List<String> suggested() {
		driver.get(url("/articles/water-talks"));
		return driver.findElements(By.cssSelector("section.suggested li"))
			.stream()
			.map((item) -> item.getAttribute("textContent").strip().replaceAll("\\s+", " "))
			.toList();
	}

	private Article published(String slug, String title) {
		Article article = new Article(slug, title);
		article.publish(Instant.parse("2026-01-10T08:00:00Z"));
		return this.articles.saveAndFlush(article);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
