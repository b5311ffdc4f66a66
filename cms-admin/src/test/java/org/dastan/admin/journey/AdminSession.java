package org.dastan.admin.journey;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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

	/**
	 * Clicks a control that loads a new page and waits for it.
	 * @see Browser#clickToNewPage(WebDriver, WebElement)
	 */
	void clickToNewPage(WebElement control) {
		Browser.clickToNewPage(this.driver, control);
	}

	void clickToNewPage(String css) {
		clickToNewPage(find(css));
	}

	/** The form field a visible label names. */
	WebElement field(String label) {
		return Browser.fieldLabelledBy(this.driver, "//label[normalize-space()=" + Browser.xpathLiteral(label) + "]");
	}

	/** The button with the given visible name. */
	WebElement button(String name) {
		return Browser.buttonNamed(this.driver, name);
	}

	/**
	 * The button a screen reader names so, for a row's button whose visible text repeats
	 * from row to row and whose accessible name says which row it acts on.
	 */
	WebElement buttonCalled(String accessibleName) {
		return this.driver.findElements(By.tagName("button"))
			.stream()
			.filter((button) -> accessibleName.equals(button.getAccessibleName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No button called " + accessibleName));
	}

	/** The texts of the elements, in page order. */
	List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/**
	 * Drags one item of a list that is ordered by hand onto another, by the item's grip,
	 * which the page's script shows.
	 */
	void dragItem(String itemsCss, String item, String onto) {
		WebElement grip = item(itemsCss, item).findElement(By.cssSelector(".drag-handle"));
		if (!grip.isDisplayed()) {
			throw new IllegalStateException("The drag grip of " + item + " is hidden: did the script run?");
		}
		drag(grip, item(itemsCss, onto));
	}

	private WebElement item(String itemsCss, String text) {
		return this.driver.findElements(By.cssSelector(itemsCss))
			.stream()
			.filter((item) -> item.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No item shows " + text));
	}

	/**
	 * Drags an element by its grip onto another the way a mouse does: press, move in
	 * small steps (drag-and-drop libraries listen to each pointer move), release.
	 */
	private void drag(WebElement grip, WebElement onto) {
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", grip);
		Rectangle from = grip.getRect();
		Rectangle to = onto.getRect();
		int distance = (to.getY() + to.getHeight() / 2) - (from.getY() + from.getHeight() / 2);
		Actions actions = new Actions(this.driver).clickAndHold(grip).pause(Duration.ofMillis(100));
		int steps = 12;
		for (int i = 0; i < steps; i++) {
			actions.moveByOffset(0, distance / steps).pause(Duration.ofMillis(30));
		}
		actions.moveByOffset(0, distance % steps).pause(Duration.ofMillis(200)).release().perform();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	<T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

}
