package org.dastan.admin.journey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's day in Chromium: log in, write an article with a heading, a quote, a link
 * and an image, preview it, schedule it, publish it, and find it on the public site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/editor",
				"dastan.admin.password=" + EditorJourneyIT.PASSWORD })
@ActiveProfiles("test")
class EditorJourneyIT {

	static final String PASSWORD = "editor journey test password";

	private WebDriver driver;

	@LocalServerPort
	private int port;

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void editorWritesPreviewsSchedulesAndPublishesAnArticle() {
		this.driver = Browser.start(1280, 1000);
		String site = "http://localhost:" + this.port;
		AdminSession desk = AdminSession.logIn(this.driver, site, "admin", PASSWORD);

		desk.click("a[href='/admin/articles/new']");
		desk.type("#title", "Новая линия: trams return to Shymkent");
		desk.type("#standfirst", "The city's first tram line in decades opens to passengers.");
		desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ql-editor")));
		desk.find(".ql-editor").click();
		desk.find(".ql-editor").sendKeys("Trams are back on the streets of Shymkent.");
		desk.script(
				"var editor = document.querySelector('.ql-editor');"
						+ "editor.insertAdjacentHTML('beforeend', arguments[0]);",
				"<h2>A long wait</h2><blockquote>We waited twenty years for this.</blockquote>"
						+ "<p>It follows <a href=\"/articles/astana-light-rail-first-passengers\">Astana's light rail</a>.</p>");
		desk.click(".ql-toolbar .ql-image");
		desk.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".media-picker-choice")));
		String image = desk.find(".media-picker-choice img").getDomAttribute("src");
		desk.click(".media-picker-choice");
		desk.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor img")));
		new Select(desk.find("#sectionId")).selectByVisibleText("Kazakhstan");
		desk.type("#tags", "Transport, Trams");
		new Select(desk.find("#author-0")).selectByVisibleText("Aigerim Sadykova");
		new Select(desk.find("#featuredImageId")).selectByIndex(1);
		desk.type("#imageCaption", "A tram on its first run.");
		desk.type("#imageCredit", "@dastan");
		desk.click(".article-form button[type=submit]");

		desk.waitFor(ExpectedConditions.urlMatches("/admin/articles/\\d+$"));
		assertThat(desk.find(".alert-success").getText()).contains("created");
		assertThat(desk.find("#slug").getDomProperty("value")).isEqualTo("novaya-liniya-trams-return-to-shymkent");
		String articlePath = this.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		desk.open(articlePath + "/preview");
		assertThat(desk.find(".alert-warning").getText()).contains("Preview");
		assertThat(desk.find("h1").getText()).isEqualTo("Новая линия: trams return to Shymkent");
		assertThat(desk.find(".article-body h2").getText()).isEqualTo("A long wait");
		assertThat(desk.find(".article-body blockquote").getText()).contains("twenty years");
		desk.open("/articles/novaya-liniya-trams-return-to-shymkent");
		assertThat(desk.find("h1").getText()).as("not public before publication").isEqualTo("Page not found");

		desk.open(articlePath);
		String later = LocalDateTime.now(ZoneId.of("Asia/Almaty"))
			.plusDays(1)
			.truncatedTo(ChronoUnit.MINUTES)
			.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		desk.setValue("#publishAt", later);
		desk.click(".schedule-form button[value=SCHEDULE]");
		desk.waitFor(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".article-status"), "Scheduled"));
		desk.open("/articles/novaya-liniya-trams-return-to-shymkent");
		assertThat(desk.find("h1").getText()).as("not public while scheduled").isEqualTo("Page not found");

		desk.open(articlePath);
		desk.click(".article-form button[value=PUBLISH]");
		desk.waitFor(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".article-status"), "Published"));

		desk.open("/articles/novaya-liniya-trams-return-to-shymkent");
		assertThat(desk.find("h1").getText()).isEqualTo("Новая линия: trams return to Shymkent");
		assertThat(desk.find(".article-body h2").getText()).isEqualTo("A long wait");
		assertThat(desk.find(".article-body blockquote").getText()).contains("twenty years");
		assertThat(desk.find(".article-body a[href='/articles/astana-light-rail-first-passengers']").getText())
			.isEqualTo("Astana's light rail");
		assertThat(desk.find(".article-body img").getDomAttribute("src")).isEqualTo(image);
		assertThat(desk.find(".featured-image .caption").getText()).isEqualTo("A tram on its first run.");
		assertThat(this.driver.findElements(By.cssSelector(".article-tags a"))).extracting((tag) -> tag.getText())
			.contains("Trams", "Transport");
		desk.open("/");
		assertThat(desk.find(".lead-story h2").getText()).isEqualTo("Новая линия: trams return to Shymkent");
	}

}
