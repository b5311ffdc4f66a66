package org.dastan.admin.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

}
