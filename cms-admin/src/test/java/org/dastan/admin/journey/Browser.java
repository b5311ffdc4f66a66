package org.dastan.admin.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts headless Chromium for browser tests. Where Debian's chromium and chromedriver
 * are installed they are used directly, because Selenium Manager cannot download browsers
 * on machines without internet; elsewhere Selenium Manager finds or fetches them as
 * usual.
 */
final class Browser {

	private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	static WebDriver start(int width, int height) {
		return start(width, height, new ChromeOptions());
	}

	/**
	 * Starts a browser that leaves a page's "leave this page?" question (beforeunload)
	 * open for the test to accept or dismiss as an alert; WebDriver otherwise accepts it
	 * unseen. ChromeDriver honours "ignore" only in a session with WebDriver BiDi.
	 */
	static WebDriver startShowingLeaveQuestions(int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setCapability("webSocketUrl", true);
		options.setCapability("unhandledPromptBehavior",
				Map.of("beforeUnload", "ignore", "default", "dismiss and notify"));
		return start(width, height, options);
	}

	private static WebDriver start(int width, int height, ChromeOptions chrome) {
		ChromeOptions options = chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height);
		ChromeDriverService.Builder service = new ChromeDriverService.Builder();
		if (Files.isExecutable(DEBIAN_CHROMIUM) && Files.isExecutable(DEBIAN_CHROMEDRIVER)) {
			options.setBinary(DEBIAN_CHROMIUM.toString());
			service.usingDriverExecutable(DEBIAN_CHROMEDRIVER.toFile());
		}
		WebDriver driver = new ChromeDriver(service.build(), options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Clicks a control that loads a new page (a link, a submit button) and waits until
	 * the old page is gone and the new one has loaded, so that what is looked for next is
	 * looked for on the new page and not found, stale, on the old one.
	 */
	static void clickToNewPage(WebDriver driver, WebElement control) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", control);
		control.click();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.until(replaced(oldPage));
		wait.until((browser) -> "complete"
			.equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
	}

	/**
	 * The page the element belonged to has gone. During a navigation chromedriver may
	 * answer "Node with given id does not belong to the document" instead of calling the
	 * element stale; both mean the old page is gone.
	 */
	static ExpectedCondition<Boolean> replaced(WebElement oldPage) {
		return (driver) -> {
			try {
				oldPage.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		};
	}

	/**
	 * The form field that the label found by this XPath names, as a person finds a field
	 * by the words next to it.
	 */
	static WebElement fieldLabelledBy(WebDriver driver, String labelXpath) {
		WebElement label = driver.findElement(By.xpath(labelXpath));
		return driver.findElement(By.id(label.getDomAttribute("for")));
	}

	/** The button with the given visible name. */
	static WebElement buttonNamed(WebDriver driver, String name) {
		return driver.findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(name) + "]"));
	}

	/** A text as an XPath string literal; labels may hold an apostrophe. */
	static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

}
