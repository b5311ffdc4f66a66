package org.dastan.admin.journey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's day in Chromium: log in, write an article with Markdown shortcuts (a
 * heading, a quote), a link found by searching the site's articles and an image from the
 * library, save with Ctrl+S, preview it, schedule it, publish it, and find it on the
 * public site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/editor",
				"dastan.admin.password=" + EditorJourneyIT.PASSWORD })
@ActiveProfiles("test")
class EditorJourneyIT {

	static final String PASSWORD = "editor journey test password";

	// The body editor: a textbox named by the Body label.
	private static final String BODY = "[role=textbox][aria-labelledby=body-label]";

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

		desk.clickToNewPage("a[href='/admin/articles/new']");
		desk.type("#title", "Новая линия: trams return to Shymkent");
		desk.type("#standfirst", "The city's first tram line in decades opens to passengers.");
		assertThat(desk.find(".slug-preview").getText()).as("the address the slug will give")
			.endsWith("/articles/novaya-liniya-trams-return-to-shymkent");
		WebElement body = desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(BODY)));
		body.click();
		body.sendKeys("Trams are back on the streets of Shymkent.", Keys.ENTER, "## A long wait", Keys.ENTER,
				"> We waited twenty years for this.", Keys.ENTER, Keys.ENTER, "It follows ");
		desk.click("[role=toolbar] button[aria-label='Link']");
		desk.type("#link-target", "Astana");
		desk.waitFor(ExpectedConditions.elementToBeClickable(
				By.xpath("//button[normalize-space()=\"Astana's light rail line carries its first passengers\"]")))
			.click();
		desk.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".link-dialog")));
		body.sendKeys(".", Keys.ENTER);
		desk.click("[role=toolbar] button[aria-label='Insert image']");
		desk.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".media-picker-choice")));
		desk.click(".media-picker-choice");
		desk.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(BODY + " figure img[loading=lazy]")));
		assertThat(desk.find(".body-count").getText()).as("live word count").matches("\\d\\d words · 1 min read");
		new Select(desk.find("#sectionId")).selectByVisibleText("Kazakhstan");
		desk.type("#tags", "Transport, Trams");
		new Select(desk.find("#author-0")).selectByVisibleText("Aigerim Sadykova");
		new Select(desk.find("#featuredImageId")).selectByIndex(1);
		desk.type("#imageCaption", "A tram on its first run.");
		desk.type("#imageCredit", "@dastan");
		body.sendKeys(Keys.chord(Keys.CONTROL, "s"));

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
			.isEqualTo("Astana's light rail line carries its first passengers");
		assertThat(desk.find(".article-body figure img").getDomAttribute("src")).startsWith("/media/");
		assertThat(desk.find(".featured-image .caption").getText()).isEqualTo("A tram on its first run.");
		assertThat(this.driver.findElements(By.cssSelector(".article-tags a"))).extracting((tag) -> tag.getText())
			.contains("Trams", "Transport");
		desk.open("/");
		assertThat(desk.find(".lead-story h2").getText()).isEqualTo("Новая линия: trams return to Shymkent");
	}

}
