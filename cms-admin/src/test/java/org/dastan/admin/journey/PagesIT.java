package org.dastan.admin.journey;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor adds a static page in Chromium, in English on a desktop and in Russian on a
 * phone: writes it with the body editor (a title left empty is shown next to its field,
 * the text kept), publishes it, moves it up the footer menu, then finds it in the public
 * footer, just before the demo's Privacy policy, and reads it at its own address.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/pages",
				"dastan.admin.password=" + PagesIT.PASSWORD })
@ActiveProfiles("test")
class PagesIT {

	static final String PASSWORD = "browser test pages password";

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

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | 1280 | 1024 | Pages    | New page        | Title     | Address | Body  | Save and publish         | Fill this in.         | Page saved and published.           | All pages     | Jobs at Dastan | jobs      | Move Jobs at Dastan up     | About the site
					ru | 390  | 844  | Страницы | Новая страница  | Заголовок | Адрес   | Текст | Сохранить и опубликовать | Заполните это поле.   | Страница сохранена и опубликована. | Все страницы  | Вакансии       | vakansii  | Переместить «Вакансии» выше | О сайте
					""")
	void editorPublishesAPageMovesItUpTheFooterAndReadersFindIt(String language, int width, int height, String navLink,
			String newLink, String titleLabel, String slugLabel, String bodyLabel, String publish, String required,
			String published, String allPages, String title, String slug, String moveUp, String footerName)
			throws Exception {
		String base = "http://localhost:" + this.port;
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(width, height));
		driver.get(base + "/?lang=" + language);

		AdminSession editor = AdminSession.logIn(driver, base, "admin", PASSWORD);
		editor.clickToNewPage(link(navLink));
		assertThat(editor.texts(".static-pages .page-title")).startsWith("About Dastan", "Contact")
			.endsWith("Privacy policy");
		editor.clickToNewPage(link(newLink));
		PageCheck.served(driver);
		editor.field(slugLabel).sendKeys(slug);
		WebElement body = body(bodyLabel);
		editor.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", body);
		body.click();
		body.sendKeys("We are hiring reporters in Bishkek.");
		editor.clickToNewPage(editor.button(publish));
		WebElement titleField = editor.field(titleLabel);
		assertThat(titleField.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.id(titleField.getDomAttribute("aria-describedby"))).getText())
			.isEqualTo(required);
		assertThat(body(bodyLabel).getText()).contains("We are hiring reporters in Bishkek.");

		titleField.sendKeys(title);
		editor.clickToNewPage(editor.button(publish));
		assertThat(editor.texts("[role=status]")).contains(published);
		editor.clickToNewPage(link(allPages));
		assertThat(editor.texts(".static-pages .page-title")).endsWith(title);
		editor.clickToNewPage(driver.findElement(By.cssSelector("button[aria-label='" + moveUp + "']")));
		List<String> order = editor.texts(".static-pages .page-title");
		assertThat(order.subList(order.size() - 2, order.size())).containsExactly(title, "Privacy policy");
		PageCheck.served(driver);

		driver.get(base + "/");
		WebElement footer = driver.findElement(By.cssSelector("footer nav"));
		assertThat(footer.getAccessibleName()).isEqualTo(footerName);
		List<String> links = footer.findElements(By.tagName("a")).stream().map(WebElement::getText).toList();
		assertThat(links.subList(links.size() - 2, links.size())).containsExactly(title, "Privacy policy");
		editor.clickToNewPage(footer.findElement(By.linkText(title)));
		assertThat(driver.getCurrentUrl()).isEqualTo(base + "/" + slug);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(driver.findElement(By.cssSelector("main")).getText())
			.contains("We are hiring reporters in Bishkek.");
		assertThat(driver.getTitle()).startsWith(title + " | ");
		PageCheck.served(driver);
	}

	/** The body editor, found by its visible label as a screen reader names it. */
	private static WebElement body(String label) {
		WebElement heading = driver
			.findElement(By.xpath("//label[normalize-space()=" + Browser.xpathLiteral(label) + "]"));
		return driver
			.findElement(By.cssSelector("[role=textbox][aria-labelledby='" + heading.getDomAttribute("id") + "']"));
	}

	private static WebElement link(String text) {
		return driver.findElement(By.xpath("//a[normalize-space()=" + Browser.xpathLiteral(text) + "]"));
	}

}
