package org.dastan.admin.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The article editor as an editor sees it: fields found by their labels, buttons by their
 * names, the autosave banner by its role and name.
 */
final class AutosaveEditorPage {

	private final AdminSession session;

	private AutosaveEditorPage(AdminSession session) {
		this.session = session;
	}

	/** Opens the editor page and waits until its form and script are ready. */
	static AutosaveEditorPage open(AdminSession session, String path) {
		session.open(path);
		return ready(session);
	}

	/** The editor page the browser has just arrived at. */
	static AutosaveEditorPage ready(AdminSession session) {
		session.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.article-form")));
		// The scripts run deferred: the rich editor hides the body's textarea once it has
		// started.
		session.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("textarea[name=body]")));
		return new AutosaveEditorPage(session);
	}

	WebElement field(String label) {
		return Browser.fieldLabelledBy(this.session.driver(),
				"//form[contains(@class,'article-form')]//label[normalize-space()=" + Browser.xpathLiteral(label)
						+ "]");
	}

	void type(String label, String text) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(text);
	}

	String value(String label) {
		return field(label).getDomProperty("value");
	}

	/**
	 * Types the body into the rich editor, the textbox named Body, replacing what it
	 * held; the editor keeps the form's textarea current.
	 */
	void typeBody(String text) {
		this.session.click("[role=textbox][aria-labelledby=body-label]");
		WebElement body = this.session.find("[role=textbox][aria-labelledby=body-label]");
		body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		body.sendKeys(text);
	}

	/** What the rich editor shows, as a reader of the page sees it. */
	String body() {
		return this.session.find("[role=textbox][aria-labelledby=body-label]").getText();
	}

	WebElement button(String name) {
		return this.session.button(name);
	}

	/** Presses the button with this name, scrolled into view as a person would. */
	void press(String name) {
		click(button(name));
	}

	/** Follows the link with this name in the admin's navigation. */
	void navigate(String name) {
		click(this.session.driver()
			.findElement(By.xpath("//nav//a[normalize-space()=" + Browser.xpathLiteral(name) + "]")));
	}

	private void click(WebElement element) {
		this.session.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * The banner offering unsaved changes back, found by its role and accessible name.
	 */
	WebElement banner(String name) {
		return this.session.driver().findElement(By.cssSelector("[role=region][aria-label='" + name + "']"));
	}

	/** Whether the banner is on screen, as a person would see it. */
	boolean offersUnsavedChanges(String name) {
		return this.session.driver()
			.findElements(By.cssSelector("[role=region][aria-label='" + name + "']"))
			.stream()
			.anyMatch(WebElement::isDisplayed);
	}

	/**
	 * Waits for the quiet autosave status to say the text, as a screen reader hears it.
	 */
	void waitForStatus(String text) {
		this.session
			.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[aria-live=polite]"), text));
	}

}
