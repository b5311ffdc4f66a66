package org.dastan.admin.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader opens the demo newsroom's front page in Chromium, follows the lead story, and
 * sees every part of the article page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/reader" })
@ActiveProfiles("test")
class ReaderJourneyIT {

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
	void readerFollowsTheLeadStoryAndSeesAllSevenParts() {
		HomePage home = HomePage.open(driver, "http://localhost:" + this.port);
		String headline = home.leadStoryTitle();
		ArticlePageView article = home.openLeadStory();

		assertThat(article.path()).startsWith("/articles/");
		// 1. The ticker: the five demo currencies as unit prices in dollars, five
		// decimals, a signed change.
		assertThat(article.tickerEntries()).hasSize(5);
		assertThat(article.tickerEntries().get(0).getText()).matches("(?s)KGS/USD\\s*=?\\s*0\\.\\d{5}.*%.*");
		// 2. The masthead: today's date in the newsroom's time zone and the section
		// navigation.
		assertThat(article.mastheadDate()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Almaty"))
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
		assertThat(article.navigationLinks()).extracting((link) -> link.getText())
			.startsWith("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan");
		// 3. The article: one h1 with the headline followed, section, date, picture with
		// caption and credit, body.
		assertThat(article.headings()).hasSize(1);
		assertThat(article.headings().get(0).getText()).isEqualTo(headline);
		assertThat(article.section().isDisplayed()).isTrue();
		assertThat(article.publicationDate().getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
		assertThat(article.featuredImageLoaded()).as("featured image loaded").isTrue();
		assertThat(article.featuredImage().getDomAttribute("alt")).isNotBlank();
		assertThat(article.caption()).isNotBlank();
		assertThat(article.credit()).isNotBlank();
		assertThat(article.body().findElements(By.tagName("h2"))).isNotEmpty();
		assertThat(article.body().findElements(By.tagName("blockquote"))).isNotEmpty();
		// 4. Tags, 5. the author box, 6. Suggested Articles, 7. the sidebar.
		assertThat(article.tags()).isNotEmpty();
		assertThat(article.authorBox().getText()).contains("View more articles from");
		assertThat(article.authorBox().findElement(By.tagName("img")).getDomAttribute("alt")).startsWith("Portrait of");
		assertThat(article.suggestedArticles()).hasSizeBetween(1, 4);
		assertThat(article.suggestedArticles()).extracting((link) -> link.getDomAttribute("href"))
			.doesNotContain(article.path())
			.doesNotHaveDuplicates();
		assertThat(article.sidebarWidgets()).hasSizeGreaterThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/no-such-story", "/no/such/page", "/sections/economy" })
	void readerOfAnUnknownAddressGetsTheFriendlyNotFoundPage(String path) {
		driver.get("http://localhost:" + this.port + path);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(driver.findElements(By.cssSelector(".site-nav a"))).as("navigation").isNotEmpty();
		assertThat(driver.getPageSource()).doesNotContain("Exception", "Whitelabel");
	}

}
