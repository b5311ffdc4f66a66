package org.dastan.admin.journey;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article desk as a person sees it: fields found by their labels, buttons and links
 * by their names; every click that leaves the page waits for the next one.
 */
final class ArticleEditorPage {

	private final WebDriver driver;

	ArticleEditorPage(WebDriver driver) {
		this.driver = driver;
	}

	/** The field whose label reads exactly this. */
	WebElement field(String label) {
		return Browser.fieldLabelledBy(this.driver, "//label[normalize-space()=" + literal(label) + "]");
	}

	/**
	 * The field whose label begins with this, for labels that name a time zone or say
	 * more.
	 */
	WebElement fieldStartingWith(String label) {
		return Browser.fieldLabelledBy(this.driver, "//label[starts-with(normalize-space(), " + literal(label) + ")]");
	}

	void type(String label, String text) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(text);
	}

	/** Sets a date-time field the way its picker would, whatever the browser's locale. */
	void setDateTime(String labelStart, String value) {
		script("arguments[0].value = arguments[1];", fieldStartingWith(labelStart), value);
	}

	WebElement button(String name) {
		return Browser.buttonNamed(this.driver, name);
	}

	/**
	 * Presses the button or follows the link with this name, and waits for the page it
	 * leads to.
	 */
	void press(String name) {
		WebElement target = this.driver.findElement(By
			.xpath("//button[normalize-space()=" + literal(name) + "] | //a[normalize-space()=" + literal(name) + "]"));
		WebElement page = this.driver.findElement(By.tagName("html"));
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		target.click();
		waitFor(Browser.replaced(page));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	String status() {
		return text(".article-status");
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	<T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition);
	}

	private static String literal(String text) {
		return Browser.xpathLiteral(text);
	}

}
