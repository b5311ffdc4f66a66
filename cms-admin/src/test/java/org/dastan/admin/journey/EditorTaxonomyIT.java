package org.dastan.admin.journey;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor keeps the demo newsroom's authors and tags in Chromium: reorders the
 * navigation, merges a tag (its old page then leads to the other), edits an author with a
 * new photo, and every admin page on the way passes the Nu Html Checker and axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/taxonomy",
				"dastan.admin.password=" + EditorTaxonomyIT.PASSWORD })
@ActiveProfiles("test")
class EditorTaxonomyIT {

	static final String PASSWORD = "browser test editor password";

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
	void editorReordersTheNavigationMergesATagAndEditsAnAuthor() throws Exception {
		logIn();

		assertThat(masthead()).startsWith("Kazakhstan", "Kyrgyzstan");
		open("/admin/tags");
		click(driver.findElement(By.cssSelector("button[aria-label='Move Kyrgyzstan up']")));
		waitFor().until(ExpectedConditions.urlContains("#navigation"));
		assertThat(masthead()).startsWith("Kyrgyzstan", "Kazakhstan");

		open("/admin/tags");
		click(driver.findElement(By.linkText("Transport")));
		waitFor().until(ExpectedConditions.urlMatches("/admin/tags/\\d+$"));
		checkPage();
		click(driver.findElement(By.linkText("Merge into another tag")));
		waitFor().until(ExpectedConditions.urlContains("/merge"));
		checkPage();
		new Select(driver.findElement(By.id("target"))).selectByVisibleText("Trade (Topic)");
		click(driver.findElement(By.cssSelector("button[type=submit].btn-danger")));
		waitFor().until(ExpectedConditions.urlMatches("/admin/tags$"));
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Tags merged.");
		driver.get(url("/tags/transport"));
		assertThat(driver.getCurrentUrl()).endsWith("/tags/trade");

		open("/admin/authors");
		click(driver.findElement(By.linkText("Daniel Hughes")));
		waitFor().until(ExpectedConditions.urlMatches("/admin/authors/\\d+$"));
		checkPage();
		WebElement jobTitle = driver.findElement(By.id("jobTitle"));
		jobTitle.clear();
		jobTitle.sendKeys("Managing editor");
		Select photo = new Select(driver.findElement(By.id("photoId")));
		String current = photo.getFirstSelectedOption().getDomAttribute("value");
		photo.selectByIndex(photo.getOptions().get(1).getDomAttribute("value").equals(current) ? 2 : 1);
		String chosen = photo.getFirstSelectedOption().getDomAttribute("data-src");
		assertThat(driver.findElement(By.cssSelector("#photo-preview img")).getDomAttribute("src")).isEqualTo(chosen);
		click(driver.findElement(By.cssSelector("form.card button[type=submit]")));
		waitFor().until(ExpectedConditions.urlMatches("/admin/authors$"));
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Author saved.");
		driver.get(url("/authors/daniel-hughes"));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("Managing editor");

		open("/admin/authors/new");
		click(driver.findElement(By.cssSelector("form.card button[type=submit]")));
		assertThat(driver.findElement(By.id("name-error")).getText()).isEqualTo("Fill this in.");
		checkShownPage();
		open("/admin/tags/new");
	}

	private void logIn() {
		driver.get(url("/admin/login"));
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		Browser.clickToNewPage(driver, driver.findElement(By.cssSelector("button[type=submit]")));
		waitFor().until(ExpectedConditions.urlMatches("/admin$"));
	}

	private void open(String path) throws Exception {
		driver.get(url(path));
		checkPage();
	}

	private void checkPage() throws Exception {
		PageCheck.served(driver);
	}

	private void checkShownPage() {
		PageCheck.shown(driver);
	}

	// Every control this journey clicks loads a new page.
	private static void click(WebElement element) {
		Browser.clickToNewPage(driver, element);
	}

	private List<String> masthead() {
		driver.get(url("/"));
		return driver.findElements(By.cssSelector(".site-nav a")).stream().map(WebElement::getText).toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

}
