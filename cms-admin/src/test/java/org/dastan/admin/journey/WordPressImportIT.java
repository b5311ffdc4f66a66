package org.dastan.admin.journey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin moves a WordPress site in Chromium, in English on a desktop and in Russian on
 * a phone: uploads the export with the old site's address, watches the progress bar while
 * the old site (a server on the loopback interface, slow on purpose) hands over the
 * pictures, reads the report with the picture it could not fetch, and finds the post as
 * an article with its picture, and its old address leading there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/wordpress",
				"dastan.admin.password=" + WordPressImportIT.PASSWORD })
@ActiveProfiles("test")
class WordPressImportIT {

	static final String PASSWORD = "browser test wordpress password";

	private static WebDriver driver;

	private static HttpServer oldSite;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void start() throws Exception {
		driver = Browser.start(1280, 1024);
		byte[] picture = picture();
		oldSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		oldSite.createContext("/", (exchange) -> {
			if (exchange.getRequestURI().getPath().endsWith("/steppe.jpg")) {
				// Slow, as an old site is, so that the import is still running when its
				// page
				// first shows.
				sleep(4000);
				exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
				exchange.sendResponseHeaders(200, picture.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(picture);
				}
			}
			else {
				exchange.sendResponseHeaders(404, -1);
			}
			exchange.close();
		});
		oldSite.start();
	}

	@AfterAll
	static void stop() {
		driver.quit();
		oldSite.stop(0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | 1280 | 1024 | WordPress import     | WordPress export file     | Old site's address    | Import         | Importing export-en.xml    | Items read            | Articles | Not carried   | could not be fetched          | Take off the top | Lead story
					ru | 390  | 844  | Импорт из WordPress  | Файл экспорта WordPress   | Адрес старого сайта   | Импортировать  | Импорт файла export-ru.xml | Прочитано элементов   | Статьи   | Не перенесено | Не удалось загрузить картинку | Снять с главной  | Главная новость
					""")
	void adminUploadsAnExportWatchesItsProgressAndReadsTheReport(String language, int width, int height, String navLink,
			String fileLabel, String siteLabel, String importButton, String running, String progressLabel,
			String articles, String notCarried, String imageFailed, String takeOff, String leadBadge) throws Exception {
		String base = "http://localhost:" + this.port;
		String site = "http://127.0.0.1:" + oldSite.getAddress().getPort() + "/" + language;
		Path export = Files.createTempDirectory("wordpress").resolve("export-" + language + ".xml");
		Files.writeString(export, EXPORT.replace("{{SITE}}", site).replace("{{LANG}}", language),
				StandardCharsets.UTF_8);
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(width, height));
		driver.get(base + "/?lang=" + language);

		AdminSession admin = AdminSession.logIn(driver, base, "admin", PASSWORD);
		admin.clickToNewPage(link(navLink));
		PageCheck.served(driver);
		admin.field(fileLabel).sendKeys(export.toAbsolutePath().toString());
		admin.field(siteLabel).sendKeys(site);
		admin.clickToNewPage(admin.button(importButton));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(running);
		WebElement progress = admin.field(progressLabel);
		assertThat(progress.getTagName()).isEqualTo("progress");
		PageCheck.shown(driver);

		// The page's script asks how far the import is and loads the report once it ends.
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".import-summary")));
		assertThat(admin.texts(".import-counts tbody tr")).anyMatch((row) -> row.equals(articles + " 1 0"));
		assertThat(admin.texts("h2")).contains(notCarried);
		assertThat(admin.texts(".import-not-carried tbody tr")).anyMatch(
				(row) -> row.contains("Steppe " + language) && row.contains(imageFailed) && row.contains("gone.jpg"));
		PageCheck.served(driver);

		// The old site lived under /en or /ru, as a WordPress in a folder does.
		driver.get(base + "/" + language + "/2024/06/01/steppe-" + language + "/");
		assertThat(driver.getCurrentUrl()).isEqualTo(base + "/articles/steppe-" + language);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Steppe " + language + " & sky");
		assertThat(driver.findElements(By.cssSelector("main img")))
			.anyMatch((img) -> img.getDomAttribute("src").startsWith("/media/"));

		// The post was sticky: it leads the front page, above the newer demo articles,
		// until an editor takes it off the top in the article list.
		String title = "Steppe " + language + " & sky";
		assertThat(HomePage.open(driver, base).leadStoryTitle()).isEqualTo(title);
		driver.get(base + "/admin/articles?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
		assertThat(admin.texts(".article-list tbody tr"))
			.anyMatch((row) -> row.contains(title) && row.contains(leadBadge));
		admin.clickToNewPage(admin.buttonCalled(takeOff + ": " + title));
		PageCheck.served(driver);
		assertThat(admin.texts(".article-list tbody tr")).noneMatch((row) -> row.contains(leadBadge));
		assertThat(HomePage.open(driver, base).leadStoryTitle()).isNotEqualTo(title);
	}

	private static WebElement link(String text) {
		return driver.findElement(By.xpath("//a[normalize-space()=" + Browser.xpathLiteral(text) + "]"));
	}

	private static byte[] picture() throws Exception {
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final String EXPORT = """
			<?xml version="1.0" encoding="UTF-8" ?>
			<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
				xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
				xmlns:wp="http://wordpress.org/export/1.2/">
			<channel>
				<title>Old site</title>
				<link>{{SITE}}</link>
				<wp:wxr_version>1.2</wp:wxr_version>
				<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[writer-{{LANG}}]]></wp:author_login><wp:author_display_name><![CDATA[Writer {{LANG}}]]></wp:author_display_name></wp:author>
				<item>
					<title><![CDATA[steppe.jpg]]></title>
					<dc:creator><![CDATA[writer-{{LANG}}]]></dc:creator>
					<content:encoded><![CDATA[]]></content:encoded>
					<excerpt:encoded><![CDATA[Grass to the horizon.]]></excerpt:encoded>
					<wp:post_id>20</wp:post_id>
					<wp:post_type><![CDATA[attachment]]></wp:post_type>
					<wp:status><![CDATA[inherit]]></wp:status>
					<wp:attachment_url><![CDATA[{{SITE}}/wp-content/uploads/steppe.jpg]]></wp:attachment_url>
					<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[The steppe at noon]]></wp:meta_value></wp:postmeta>
				</item>
				<item>
					<title><![CDATA[Steppe {{LANG}} &amp; <em>sky</em>]]></title>
					<link>{{SITE}}/2024/06/01/steppe-{{LANG}}/</link>
					<dc:creator><![CDATA[writer-{{LANG}}]]></dc:creator>
					<guid isPermaLink="false">{{SITE}}/?p=10</guid>
					<content:encoded><![CDATA[Wide open.

			<img src="{{SITE}}/wp-content/uploads/gone.jpg" alt="Gone" />]]></content:encoded>
					<excerpt:encoded><![CDATA[Where the grass ends.]]></excerpt:encoded>
					<wp:post_id>10</wp:post_id>
					<wp:post_date_gmt><![CDATA[2024-06-01 06:00:00]]></wp:post_date_gmt>
					<wp:post_name><![CDATA[steppe-{{LANG}}]]></wp:post_name>
					<wp:status><![CDATA[publish]]></wp:status>
					<wp:post_type><![CDATA[post]]></wp:post_type>
					<wp:is_sticky>1</wp:is_sticky>
					<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[20]]></wp:meta_value></wp:postmeta>
				</item>
			</channel>
			</rss>
			""";

}
