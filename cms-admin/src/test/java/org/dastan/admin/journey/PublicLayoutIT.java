package org.dastan.admin.journey;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a phone and a desktop show them in Chromium: at 390 pixels wide, in
 * English and Russian, no page scrolls sideways and the rates page shows its charts
 * (drawn with the page, no script needed); on a desktop the home page's lead picture
 * loads at once and is sharp in its slot, while the pictures further down wait.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/journeys" })
@ActiveProfiles("test")
class PublicLayoutIT {

	private static final int PHONE_WIDTH = 390;

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(PHONE_WIDTH, 844);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "/, en", "/, ru", "/articles/rogun-dam-turbine-milestone, en",
			"/articles/rogun-dam-turbine-milestone, ru", "/sections/kazakhstan, en", "/sections/kazakhstan, ru",
			"/tags/energy, en", "/tags/energy, ru", "/authors/daniel-hughes, en", "/authors/daniel-hughes, ru",
			"/search?q=harvest, en", "/search?q=harvest, ru", "/rates, en", "/rates, ru" })
	void pageFitsAPhoneWithoutScrollingSideways(String path, String language) {
		open(path, language, PHONE_WIDTH);

		assertThat(script("return window.innerWidth")).isEqualTo((long) PHONE_WIDTH);
		assertThat((Long) script("return document.documentElement.scrollWidth")).as("page width of %s", path)
			.isLessThanOrEqualTo((Long) script("return document.documentElement.clientWidth"));
	}

	@ParameterizedTest
	@CsvSource({ "en, Chart of the ", "ru, График курса: " })
	void ratesPageShowsEachChartWithItsLabelsOnAPhone(String language, String chartName) {
		open("/rates", language, PHONE_WIDTH);

		List<WebElement> charts = driver.findElements(By.cssSelector("figure svg[role=img]"));
		assertThat(charts).hasSameSizeAs(driver.findElements(By.cssSelector(".rates-table tbody tr"))).isNotEmpty();
		for (WebElement chart : charts) {
			assertThat(chart.getDomAttribute("aria-label")).startsWith(chartName);
			Rectangle box = chart.getRect();
			assertThat(box.getWidth()).isBetween(300, PHONE_WIDTH);
			assertThat(box.getHeight()).isEqualTo(210);
			assertThat(chart.findElement(By.tagName("polyline")).getDomAttribute("points").split(" "))
				.hasSizeGreaterThan(1);
			// Every value and day is written out in full on the screen, none cut off at
			// its edges.
			List<WebElement> labels = chart.findElements(By.tagName("text"));
			assertThat(labels).hasSizeGreaterThan(3).allSatisfy((label) -> {
				Rectangle text = label.getRect();
				assertThat(text.getWidth()).isPositive();
				assertThat(text.getX()).isNotNegative();
				assertThat(text.getX() + text.getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void leadPictureOnTheHomePageLoadsAtOnceAndSharpForItsSlot(String language) {
		open("/", language, 1280);

		WebElement lead = driver.findElement(By.cssSelector(".lead-story img"));
		assertThat(lead.getDomAttribute("loading")).isEqualTo("eager");
		assertThat(lead.getDomAttribute("fetchpriority")).isEqualTo("high");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(
				(browser) -> (Boolean) script("return arguments[0].complete && arguments[0].naturalWidth > 0", lead));
		// The copy the browser chose has at least as many pixels across as the slot
		// shows.
		assertThat((Long) script("return arguments[0].naturalWidth", lead))
			.isGreaterThanOrEqualTo((Long) script("return arguments[0].clientWidth", lead));
		assertThat(driver.findElements(By.cssSelector("main img:not(.lead-story img)"))).isNotEmpty()
			.allSatisfy((picture) -> assertThat(picture.getDomAttribute("loading")).isEqualTo("lazy"));
	}

	private void open(String path, String language, int width) {
		if (driver.manage().window().getSize().getWidth() != width) {
			driver.manage().window().setSize(new Dimension(width, 900));
		}
		driver.get("http://localhost:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

}
