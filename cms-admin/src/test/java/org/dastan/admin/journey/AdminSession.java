package org.dastan.admin.journey;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member's browser in the admin: logs in and helps fill forms the way a person
 * would.
 */
final class AdminSession {

	private final WebDriver driver;

	private final String baseUrl;

	private AdminSession(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	static AdminSession logIn(WebDriver driver, String baseUrl, String username, String password) {
		AdminSession session = new AdminSession(driver, baseUrl);
		driver.get(baseUrl + "/admin/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		session.waitFor(ExpectedConditions.urlMatches("/admin$"));
		return session;
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets a value the way a date picker would, without depending on the browser's locale
	 * for typing dates.
	 */
	void setValue(String css, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
	}

	void click(String css) {
		WebElement element = find(css);
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	<T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

}
