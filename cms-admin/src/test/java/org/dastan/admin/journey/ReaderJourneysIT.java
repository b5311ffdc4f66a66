package org.dastan.admin.journey;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's journey through the site in Chromium, in English and Russian, on a desktop
 * and a phone-sized window: front page, an article, one of its tags, back to the author
 * box, the author's other articles, then a search that leads back to the article.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/journeys" })
@ActiveProfiles("test")
class ReaderJourneysIT {

	private WebDriver driver;

	@LocalServerPort
	private int port;

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest(name = "{0} at {1}x{2}")
	@CsvSource({ "en, 1280, 900, Suggested Articles, View more articles from",
			"ru, 1280, 900, Рекомендуемые статьи, Другие статьи автора",
			"en, 390, 844, Suggested Articles, View more articles from",
			"ru, 390, 844, Рекомендуемые статьи, Другие статьи автора" })
	void readerFollowsTheSiteFromHomeToSearch(String language, int width, int height, String suggestedHeading,
			String moreFromAuthor) {
		this.driver = Browser.start(width, height);
		this.driver.get("http://localhost:" + this.port + "/?lang=" + language);
		assertThat(this.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);

		ArticlePageView article = HomePage.open(this.driver, "http://localhost:" + this.port).openLeadStory();
		String articlePath = article.path();
		String headline = article.headings().get(0).getText();
		assertThat(this.driver.findElement(By.cssSelector(".suggested h2")).getText()).isEqualTo(suggestedHeading);

		WebElement tag = article.tags().get(0);
		String tagName = tag.getText();
		click(tag);
		waitFor(ExpectedConditions.urlContains("/tags/"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(tagName);
		assertThat(cardLinks()).isNotEmpty();

		this.driver.navigate().back();
		waitFor(ExpectedConditions.urlContains(articlePath));
		WebElement more = this.driver.findElement(By.cssSelector(".author-box a[href^='/authors/']"));
		assertThat(more.getText()).startsWith(moreFromAuthor);
		String authorName = this.driver.findElement(By.cssSelector(".author-box h2")).getText();
		click(more);
		waitFor(ExpectedConditions.urlContains("/authors/"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(authorName);
		assertThat(cardLinks()).extracting((link) -> link.getText()).contains(headline);

		WebElement search = this.driver.findElement(By.id("search-q"));
		search.sendKeys(headline.split(" ")[0] + " " + headline.split(" ")[1], Keys.ENTER);
		waitFor(ExpectedConditions.urlContains("/search"));
		WebElement result = cardLinks().stream()
			.filter((link) -> link.getText().equals(headline))
			.findFirst()
			.orElseThrow(() -> new AssertionError("search found no link to " + headline));
		click(result);
		waitFor(ExpectedConditions.urlContains(articlePath));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
	}

	private List<WebElement> cardLinks() {
		return this.driver.findElements(By.cssSelector(".article-card .card-title a"));
	}

	// Every link this journey follows loads a new page.
	private void click(WebElement element) {
		Browser.clickToNewPage(this.driver, element);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

}
