package org.dastan.admin.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * An admin creates an editor in Chromium and hands over the one-time password; the editor
 * logs in with it, must choose their own password first, then reaches the dashboard and
 * cannot open user management.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "dastan.admin.password=" + UserManagementIT.PASSWORD)
@ActiveProfiles("test")
class UserManagementIT {

	static final String PASSWORD = "user management admin password";

	private static final String EDITOR_PASSWORD = "amber river lanterns at dusk";

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
	void adminCreatesAnEditorWhoChangesTheOneTimePasswordAndCannotManageUsers() {
		AdminSession admin = AdminSession.logIn(driver, url(""), "admin", PASSWORD);
		admin.clickToNewPage("a[href='/admin/users']");
		admin.waitFor(ExpectedConditions.urlMatches("/admin/users$"));
		assertThat(AxeCheck.blocking(driver)).isEmpty();
		admin.clickToNewPage("a[href='/admin/users/new']");
		admin.type("#username", "zarina");
		admin.type("#displayName", "Zarina Editor");
		admin.type("#email", "zarina@example.com");
		admin.click("input[name=roles][value=EDITOR]");
		assertThat(AxeCheck.blocking(driver)).isEmpty();
		admin.clickToNewPage("form button[type=submit].btn-primary");
		String oneTimePassword = admin
			.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.one-time-password")))
			.getText();
		assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
		assertThat(AxeCheck.blocking(driver)).isEmpty();
		logOut(admin);

		logIn("zarina", oneTimePassword);
		admin.waitFor(ExpectedConditions.urlMatches("/admin/account/password$"));
		driver.get(url("/admin/articles"));
		assertThat(driver.getCurrentUrl()).as("no other page until the password is changed")
			.endsWith("/admin/account/password");
		assertThat(AxeCheck.blocking(driver)).isEmpty();
		admin.type("#currentPassword", oneTimePassword);
		admin.type("#newPassword", "password1234");
		admin.type("#confirmPassword", "password1234");
		admin.clickToNewPage("form button[type=submit].btn-primary");
		assertThat(admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword-error"))).getText())
			.contains("most common passwords");
		admin.type("#currentPassword", oneTimePassword);
		admin.type("#newPassword", EDITOR_PASSWORD);
		admin.type("#confirmPassword", EDITOR_PASSWORD);
		admin.clickToNewPage("form button[type=submit].btn-primary");
		admin.waitFor(ExpectedConditions.urlMatches("/admin$"));
		assertThat(driver.findElement(By.cssSelector(".welcome")).getText()).isEqualTo("Welcome, zarina.");
		assertThat(driver.findElements(By.cssSelector("nav a[href='/admin/users']"))).isEmpty();

		driver.get(url("/admin/users"));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("403");
		driver.get(url("/admin/articles"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/articles");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/admin/login"))).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.contains("HttpOnly", "SameSite=Lax")
				.doesNotContain("Secure"));
	}

	private void logIn(String username, String password) {
		driver.get(url("/admin/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		Browser.clickToNewPage(driver, driver.findElement(By.cssSelector("button[type=submit]")));
	}

	private static void logOut(AdminSession session) {
		session.clickToNewPage("form[action='/admin/logout'] button");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/login?logout"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
