package org.dastan.admin.journey;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.internal.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body editor as a keyboard or screen-reader user and the other scripts of the page
 * meet it: a named toolbar whose buttons have names and say when they are on, a textbox
 * named Body, a link dialog with a labelled field that refuses unsafe addresses, pasted
 * images from other sites left out, the textarea kept in step both ways, and word counts
 * in Russian with the right plural forms on a phone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/body-editor",
				"dastan.admin.password=" + BodyEditorIT.PASSWORD })
@ActiveProfiles("test")
class BodyEditorIT {

	static final String PASSWORD = "body editor test password";

	private static final String BODY = "[role=textbox][aria-labelledby=body-label]";

	private static final List<String> BUTTONS = List.of("Bold", "Italic", "Link", "Heading 2", "Heading 3", "Paragraph",
			"Quote", "Bulleted list", "Numbered list", "Insert image", "Horizontal rule", "Undo", "Redo",
			"Clear formatting");

	private static final List<String> TOGGLES = BUTTONS.subList(0, 9);

	private WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleRepository articles;

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void toolbarAndBodyHaveNamesAndStates() {
		AdminSession desk = openArticle(1280, 900, "en");
		WebElement toolbar = desk.find("[role=toolbar]");
		assertThat(toolbar.getAccessibleName()).isEqualTo("Text formatting");
		List<WebElement> buttons = toolbar.findElements(By.tagName("button"));
		assertThat(buttons).extracting(WebElement::getAccessibleName).containsExactlyElementsOf(BUTTONS);
		assertThat(buttons).filteredOn((button) -> TOGGLES.contains(button.getAccessibleName()))
			.allSatisfy((button) -> assertThat(button.getDomAttribute("aria-pressed")).isIn("true", "false"));
		WebElement body = desk.find(BODY);
		assertThat(body.getAccessibleName()).isEqualTo("Body");
		assertThat(body.getDomAttribute("aria-multiline")).isEqualTo("true");

		WebElement bold = toolbar.findElement(By.cssSelector("button[aria-label='Bold']"));
		body.click();
		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "## Sub");
		assertThat(
				toolbar.findElement(By.cssSelector("button[aria-label='Heading 2']")).getDomAttribute("aria-pressed"))
			.isEqualTo("true");
		desk.click("[role=toolbar] button[aria-label='Bold']");
		assertThat(bold.getDomAttribute("aria-pressed")).as("bold is on for what is typed next").isEqualTo("true");
		body.sendKeys("heading");
		assertThat(desk.find(BODY + " h2 strong").getText()).isEqualTo("heading");
		assertThat(AxeCheck.blocking(this.driver)).isEmpty();

		desk.script("arguments[0].focus();", bold);
		bold.sendKeys(Keys.ARROW_RIGHT);
		assertThat(this.driver.switchTo().activeElement().getAccessibleName()).as("arrow keys move along the toolbar")
			.isEqualTo("Italic");
		assertThat(bold.getDomProperty("tabIndex")).as("one tab stop for the toolbar").isEqualTo("-1");
	}

	@Test
	void textareaAndEditorStayInStep() {
		AdminSession desk = openArticle(1280, 900, "en");
		desk.script("window.__inputs = 0; document.querySelector('textarea[name=body]')"
				+ ".addEventListener('input', function () { window.__inputs++; });");
		WebElement body = desk.find(BODY);
		body.click();
		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Typed last.");
		assertThat((Long) desk.script("return window.__inputs")).as("input events on the textarea").isPositive();
		assertThat(textarea(desk)).endsWith("<p>Typed last.</p>");

		desk.script(
				"var area = document.querySelector('textarea[name=body]'); area.value = arguments[0];"
						+ "area.dispatchEvent(new Event('dastan:load'));",
				"<h2>Restored</h2><blockquote><p>draft</p></blockquote>");
		assertThat(desk.find(BODY + " h2").getText()).isEqualTo("Restored");
		assertThat(desk.find(BODY + " blockquote").getText()).isEqualTo("draft");

		desk.script(
				"var data = new DataTransfer(); data.setData('text/html', arguments[0]);"
						+ "document.querySelector(arguments[1]).dispatchEvent(new ClipboardEvent('paste',"
						+ " { clipboardData: data, bubbles: true, cancelable: true }));",
				"<p>Pasted <img src=\"https://elsewhere.example/hotlink.jpg\" alt=\"foreign\">"
						+ "<img src=\"/media/own.jpg\" alt=\"own\"></p>",
				BODY);
		assertThat(textarea(desk)).contains("Pasted").contains("/media/own.jpg").doesNotContain("elsewhere.example");
	}

	@Test
	void linkDialogSearchesArticlesAndRefusesUnsafeAddresses() {
		AdminSession desk = openArticle(1280, 900, "en");
		WebElement body = desk.find(BODY);
		body.click();
		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Read ");
		desk.click("[role=toolbar] button[aria-label='Link']");
		WebElement target = desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("link-target")));
		assertThat(target.getAccessibleName()).isEqualTo("Article title or web address");
		target.sendKeys("javascript:alert(1)", Keys.ENTER);
		assertThat(desk.find(".link-error").isDisplayed()).isTrue();
		assertThat(target.getDomAttribute("aria-invalid")).isEqualTo("true");
		target.clear();
		target.sendKeys("https://example.org/report", Keys.ENTER);
		desk.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".link-dialog")));
		assertThat(textarea(desk))
			.endsWith("<p>Read <a href=\"https://example.org/report\">https://example.org/report</a></p>");
	}

	@Test
	void russianWordCountOnAPhone() {
		AdminSession desk = openArticle(390, 844, "ru");
		assertThat(desk.find("[role=toolbar]").getAccessibleName()).isEqualTo("Форматирование текста");
		assertThat(desk.find("[role=toolbar] button[data-action=bold]").getAccessibleName()).isEqualTo("Жирный");
		desk.script("var area = document.querySelector('textarea[name=body]'); area.value = arguments[0];"
				+ "area.dispatchEvent(new Event('dastan:load'));", "<p>" + "слово ".repeat(402) + "</p>");
		assertThat(desk.find(".body-count").getText()).isEqualTo("402 слова · 3 минуты чтения");
		desk.script("var area = document.querySelector('textarea[name=body]'); area.value = arguments[0];"
				+ "area.dispatchEvent(new Event('dastan:load'));", "<p>" + "слово ".repeat(1005) + "</p>");
		assertThat(desk.find(".body-count").getText()).isEqualTo("1 005 слов · 6 минут чтения");
		desk.type("#slug", "");
		desk.type("#title", "Ёлка в Астане");
		assertThat(desk.find(".slug-preview").getText()).endsWith("/articles/yolka-v-astane");
	}

	@Test
	void droppedImageIsUploadedWithItsAltTextAndInsertedAsAFigure() {
		AdminSession desk = openArticle(1280, 900, "en");
		desk.script("var data = new DataTransfer();"
				+ "data.items.add(new File([Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); })],"
				+ " 'dot.png', { type: 'image/png' }));"
				+ "var body = document.querySelector(arguments[1]); var box = body.getBoundingClientRect();"
				+ "body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true,"
				+ " clientX: box.left + 10, clientY: box.top + 10 }));",
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
				BODY);
		desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("upload-alt")));
		desk.click(".upload-send");
		assertThat(desk.find("#upload-alt-error").getText()).isEqualTo("Describe the image: alt text is required.");
		desk.find("#upload-alt").sendKeys("A single dot");
		desk.find("#upload-caption").sendKeys("The smallest picture");
		desk.find("#upload-credit").sendKeys("@dastan");
		desk.click(".upload-send");
		desk.waitFor(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector(BODY + " figure img[alt='A single dot']")));
		assertThat(textarea(desk)).contains("<figcaption>The smallest picture <small>@dastan</small></figcaption>");
	}

	private AdminSession openArticle(int width, int height, String language) {
		this.driver = Browser.start(width, height);
		String site = "http://localhost:" + this.port;
		AdminSession desk = AdminSession.logIn(this.driver, site, "admin", PASSWORD);
		long id = this.articles.findBySlug("tashkent-metro-ring-line").orElseThrow().getId();
		// The language switch of the public site sets the language of the admin too.
		desk.open("/?lang=" + language);
		desk.open("/admin/articles/" + id + "?lang=" + language);
		desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(BODY)));
		return desk;
	}

	private static String textarea(AdminSession desk) {
		return (String) desk.script("return document.querySelector('textarea[name=body]').value");
	}

}
