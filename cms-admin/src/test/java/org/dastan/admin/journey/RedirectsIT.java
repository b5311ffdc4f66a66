package org.dastan.admin.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * An admin keeps the old site's links working in Chromium, in English on a desktop and in
 * Russian on a phone: adds a redirect (a bad path is shown next to its field first),
 * follows the old address and lands on the article, imports a CSV file and reads what
 * became of each line, then follows WordPress's {@code /?p=} address it imported.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/redirects",
				"dastan.admin.password=" + RedirectsIT.PASSWORD })
@ActiveProfiles("test")
class RedirectsIT {

	static final String PASSWORD = "browser test redirects password";

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
					en | 1280 | 1024 | 101 | Redirects     | New redirect         | Old path      | Leads to | Save      | Enter a path on this site that starts with a single / | Redirect saved.            | CSV file | Import         | redirects-en.csv: 1 added, 0 updated, 0 unchanged, 1 refused. | Refused
					ru | 390  | 844  | 202 | Переадресации | Новая переадресация  | Старый адрес  | Ведёт на | Сохранить | Введите путь на этом сайте, начинающийся с одной косой черты | Переадресация сохранена. | Файл CSV | Импортировать  | redirects-ru.csv: добавлено 1, обновлено 0, без изменений 0, отклонено 1. | Отклонена
					""")
	void adminAddsARedirectFollowsItAndImportsACsv(String language, int width, int height, String number,
			String navLink, String newLink, String fromLabel, String toLabel, String save, String badPath, String saved,
			String fileLabel, String importButton, String summary, String refused) throws Exception {
		String base = "http://localhost:" + this.port;
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(width, height));
		driver.get(base + "/?lang=" + language);
		WebElement story = driver.findElement(By.cssSelector(".lead-story .card-title a"));
		String storyPath = story.getDomAttribute("href");
		String storyTitle = story.getText();
		String oldPath = "/index.php/news/" + number + "-" + language + "-old-story";

		AdminSession admin = AdminSession.logIn(driver, base, "admin", PASSWORD);
		admin.clickToNewPage(link(navLink));
		admin.clickToNewPage(link(newLink));
		admin.field(fromLabel).sendKeys("index.php/news/" + number);
		admin.field(toLabel).sendKeys(storyPath);
		admin.clickToNewPage(admin.button(save));
		WebElement from = admin.field(fromLabel);
		assertThat(from.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.id(from.getDomAttribute("aria-describedby"))).getText()).startsWith(badPath);
		assertThat(admin.field(toLabel).getDomProperty("value")).isEqualTo(storyPath);

		from.clear();
		from.sendKeys(oldPath);
		admin.clickToNewPage(admin.button(save));
		assertThat(admin.texts("[role=status]")).contains(saved);
		assertThat(admin.texts(".redirect-list tbody tr")).anyMatch((row) -> row.contains(oldPath));
		PageCheck.served(driver);

		driver.get(base + oldPath);
		assertThat(driver.getCurrentUrl()).isEqualTo(base + storyPath);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(storyTitle);

		Path csv = Files.createTempDirectory("redirects").resolve("redirects-" + language + ".csv");
		Files.writeString(csv, "from,to,status\n/?p=" + number + "," + storyPath + ",302\nno-slash,/x,301\n",
				StandardCharsets.UTF_8);
		admin.open("/admin/redirects");
		admin.field(fileLabel).sendKeys(csv.toAbsolutePath().toString());
		admin.clickToNewPage(admin.button(importButton));
		assertThat(admin.find(".import-summary").getText()).isEqualTo(summary);
		assertThat(admin.texts(".import-report tbody tr"))
			.anyMatch((row) -> row.contains("no-slash") && row.contains(refused) && row.contains(badPath));
		PageCheck.served(driver);

		driver.get(base + "/?p=" + number);
		assertThat(driver.getCurrentUrl()).isEqualTo(base + storyPath);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(storyTitle);
	}

	private static WebElement link(String text) {
		return driver.findElement(By.xpath("//a[normalize-space()=" + Browser.xpathLiteral(text) + "]"));
	}

}
