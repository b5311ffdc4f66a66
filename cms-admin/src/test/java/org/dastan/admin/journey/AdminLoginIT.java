package org.dastan.admin.journey;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin logs in through the login form in Chromium and lands on the admin page; a
 * wrong password is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "dastan.admin.password=" + AdminLoginIT.PASSWORD)
@ActiveProfiles("test")
class AdminLoginIT {

	static final String PASSWORD = "browser test admin password";

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(1024, 768);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@Test
	void adminLogsInAndSeesTheAdminPage() {
		logIn("admin", "wrong password here");
		assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-danger")))
			.getText()).contains("Wrong username or password");

		logIn("admin", PASSWORD);
		waitFor().until(ExpectedConditions.urlMatches("/admin$"));
		assertThat(driver.findElement(By.cssSelector(".welcome")).getText()).isEqualTo("Welcome, admin.");
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	private void logIn(String username, String password) {
		driver.get("http://localhost:" + this.port + "/admin/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		Browser.clickToNewPage(driver, driver.findElement(By.cssSelector("button[type=submit]")));
	}

}
