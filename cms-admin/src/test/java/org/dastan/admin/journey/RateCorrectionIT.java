package org.dastan.admin.journey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor corrects today's tenge rate in Chromium and moves the manat up the ticker;
 * the public ticker follows both, and the admin pages on the way pass axe-core. A tenge
 * typed per dollar shows as such while it is typed and is saved only when confirmed, in
 * English and Russian; the rates page's charts read as plain decimals over 90 days.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/rates",
				"dastan.admin.password=" + RateCorrectionIT.PASSWORD })
@ActiveProfiles("test")
class RateCorrectionIT {

	static final String PASSWORD = "browser test rates password";

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
	void editorCorrectsARateAndTheTickerFollows() {
		String base = "http://localhost:" + this.port;
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(1280, 1024));
		driver.get(base + "/?lang=en");
		// A correction a little above today's rate, well within the share that saves at
		// once.
		String corrected = kzt().multiply(new BigDecimal("1.05")).setScale(5, RoundingMode.HALF_UP).toPlainString();
		assertThat(ticker()).anyMatch((entry) -> entry.startsWith("KZT/USD = "))
			.doesNotContain("KZT/USD = " + corrected);

		AdminSession editor = AdminSession.logIn(driver, base, "admin", PASSWORD);
		editor.open("/admin/rates");
		editor.clickToNewPage("a[href='/admin/rates/KZT']");
		checkAccessibility();
		editor.setValue("#date", today());
		editor.type("#value", "0,0025x");
		editor.clickToNewPage("form.card button[type=submit]");
		assertThat(editor.find("#value-error").getText()).startsWith("Enter a number such as 0.00196");
		assertThat(editor.find("#value").getDomProperty("value")).isEqualTo("0,0025x");
		checkAccessibility();

		editor.type("#value", corrected.replace('.', ','));
		editor.clickToNewPage("form.card button[type=submit]");
		assertThat(driver.getCurrentUrl()).endsWith("/admin/rates/KZT");
		assertThat(editor.find(".alert-success").getText()).startsWith("Rate saved.");
		assertThat(editor.find("tbody tr").getText()).contains(stripped(corrected), "By hand", "by admin at");

		editor.open("/admin/currencies");
		checkAccessibility();
		editor.click("button[aria-label='Move TMT up']");
		editor.waitFor(ExpectedConditions.urlContains("#ticker"));

		editor.open("/admin/rates/imports");
		checkAccessibility();

		driver.get(base + "/");
		List<String> ticker = ticker();
		assertThat(ticker).contains("KZT/USD = " + corrected);
		assertThat(ticker.stream().map((entry) -> entry.substring(0, 3)).toList()).containsExactly("KGS", "KZT", "TJS",
				"TMT", "UZS");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | 1280 | 1024 | Rate date  | Value in US dollars   | Save      | Save this value anyway           | 1 KZT = 508.2 USD, so 1 USD = 0.00197 KZT     | above the last rate      | Rate saved.
					ru | 390  | 844  | Дата курса | Значение в долларах США | Сохранить | Всё равно сохранить это значение | 1 KZT = 508,2 USD, то есть 1 USD = 0,00197 KZT | выше последнего курса    | Курс сохранён.
					""")
	void editorWhoTypesTheTengePerDollarSeesItAndMustConfirmIt(String language, int width, int height, String dateLabel,
			String valueLabel, String save, String saveAnyway, String bothWays, String warning, String saved) {
		String base = "http://localhost:" + this.port;
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(width, height));
		driver.get(base + "/?lang=" + language);
		BigDecimal before = kzt();

		AdminSession editor = AdminSession.logIn(driver, base, "admin", PASSWORD);
		editor.open("/admin/rates/KZT");
		editor.setValue("#" + editor.field(dateLabel).getDomAttribute("id"), today());
		WebElement value = editor.field(valueLabel);
		value.clear();
		value.sendKeys("508.2");
		WebElement live = value.findElement(By.xpath("following::*[@aria-live][1]"));
		editor.waitFor(ExpectedConditions.textToBePresentInElement(live, bothWays));

		editor.clickToNewPage(editor.button(save));
		value = editor.field(valueLabel);
		assertThat(value.getDomProperty("value")).isEqualTo("508.2");
		assertThat(value.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.id(value.getDomAttribute("aria-describedby"))).getText()).contains(warning,
				"508", "0" + (language.equals("ru") ? "," : ".") + "00197");
		assertThat(editor.button(saveAnyway).isDisplayed()).isTrue();
		checkAccessibility();

		driver.get(base + "/");
		assertThat(kzt()).isEqualByComparingTo(before);

		// A normal correction, typed the way the language writes decimals, saves at once.
		String corrected = before.multiply(new BigDecimal("1.01")).setScale(5, RoundingMode.HALF_UP).toPlainString();
		editor.open("/admin/rates/KZT");
		editor.setValue("#" + editor.field(dateLabel).getDomAttribute("id"), today());
		editor.field(valueLabel).clear();
		editor.field(valueLabel).sendKeys(language.equals("ru") ? corrected.replace('.', ',') : corrected);
		editor.clickToNewPage(editor.button(save));
		assertThat(editor.texts("[role=status]")).anyMatch((text) -> text.startsWith(saved));
		driver.get(base + "/");
		assertThat(kzt()).isEqualByComparingTo(corrected);
	}

	@ParameterizedTest
	@CsvSource({ "en, UZS over the last 90 days, '.'", "ru, UZS за последние 90 дней, ','" })
	void readerSeesNinetyDaysOfPlainDecimalsOnTheCharts(String language, String heading, String decimalSeparator) {
		driver.manage().window().setSize(new Dimension(1280, 1024));
		driver.get("http://localhost:" + this.port + "/rates?lang=" + language);
		WebElement chart = driver.findElement(
				By.xpath("//h2[normalize-space()='" + heading + "']/following-sibling::figure/*[local-name()='svg']"));
		assertThat(chart.isDisplayed()).isTrue();
		assertThat(chart.getRect().getWidth()).isGreaterThan(1000);
		assertThat(chart.getDomAttribute("aria-label")).isNotBlank();
		String points = chart.findElement(By.cssSelector("polyline")).getDomAttribute("points");
		assertThat(points.split(" ")).hasSize(90);
		List<String> values = texts(chart, ".rate-chart-values text");
		assertThat(values).isNotEmpty()
			.allSatisfy((label) -> assertThat(label).matches("0" + Pattern.quote(decimalSeparator) + "0000\\d+"));
		assertThat(values).doesNotHaveDuplicates();
		List<String> days = texts(chart, ".rate-chart-days text");
		assertThat(days).isNotEmpty()
			.allSatisfy((label) -> assertThat(label)
				.matches(language.equals("ru") ? "\\d{1,2} [а-я]+\\.?" : "\\d{1,2} [A-Z][a-z]+"));
	}

	private static List<String> texts(WebElement chart, String selector) {
		return chart.findElements(By.cssSelector(selector))
			.stream()
			.map((text) -> text.getDomProperty("textContent"))
			.toList();
	}

	private static String today() {
		return LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
	}

	private static BigDecimal kzt() {
		return ticker().stream()
			.filter((entry) -> entry.startsWith("KZT/USD = "))
			.map((entry) -> new BigDecimal(entry.substring("KZT/USD = ".length())))
			.findFirst()
			.orElseThrow();
	}

	private static String stripped(String value) {
		return new BigDecimal(value).stripTrailingZeros().toPlainString();
	}

	// The first copy of the list, as screen readers get it; the marquee may have scrolled
	// entries out of view, so their text is read from the page rather than the screen.
	private static List<String> ticker() {
		return driver.findElements(By.cssSelector(".ticker-list:not([aria-hidden]) .ticker-item"))
			.stream()
			.map(RateCorrectionIT::entry)
			.toList();
	}

	private static String entry(WebElement item) {
		return item.findElement(By.className("ticker-pair")).getDomProperty("textContent") + " = "
				+ item.findElement(By.className("ticker-value")).getDomProperty("textContent");
	}

	private static void checkAccessibility() {
		assertThat(AxeCheck.blocking(driver)).as("axe violations on " + driver.getCurrentUrl()).isEmpty();
	}

}
