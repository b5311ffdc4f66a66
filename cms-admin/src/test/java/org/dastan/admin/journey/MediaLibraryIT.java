package org.dastan.admin.journey;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * An editor fills the media library in Chromium: with the file picker, by dropping a file
 * on the form, and is told before sending that a file is too large. The library and an
 * image's page pass the Nu Html Checker and axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.admin.password=" + MediaLibraryIT.PASSWORD, "dastan.media.max-upload-size=64KB",
				"dastan.media-dir=target/it-media/library" })
@ActiveProfiles("test")
class MediaLibraryIT {

	static final String PASSWORD = "browser test admin password";

	private static WebDriver driver;

	@TempDir
	static Path files;

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
	void editorUploadsByPickerAndByDropAndIsWarnedOfLargeFiles() throws Exception {
		logIn();
		open("/admin/media");

		driver.findElement(By.id("file")).sendKeys(picture("yurts.png", 400, 300, Color.ORANGE).toString());
		assertThat(driver.findElement(By.cssSelector("[data-chosen-name]")).getText()).isEqualTo("Chosen: yurts.png");
		driver.findElement(By.id("altText")).sendKeys("Yurts by Lake Song-Kol");
		driver.findElement(By.id("credit")).sendKeys("@dastan");
		upload();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Image uploaded."));
		assertThat(driver.findElement(By.cssSelector(".media-grid img")).getAttribute("alt"))
			.isEqualTo("Yurts by Lake Song-Kol");

		drop(Files.readAllBytes(picture("dropped.png", 200, 100, Color.BLUE)), "dropped.png");
		assertThat(driver.findElement(By.cssSelector("[data-chosen-name]")).getText()).isEqualTo("Chosen: dropped.png");
		driver.findElement(By.id("altText")).sendKeys("A blue square, dropped");
		upload();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".media-grid"),
				"A blue square, dropped"));

		int shown = driver.findElements(By.cssSelector(".media-grid li")).size();
		drop(new byte[70 * 1024], "huge.png");
		WebElement file = driver.findElement(By.id("file"));
		assertThat(file.getDomProperty("validationMessage")).isEqualTo("The file is larger than 64 KB.");
		driver.findElement(By.id("altText")).sendKeys("Never sent");
		upload();
		assertThat(driver.findElement(By.id("altText")).getDomProperty("value")).isEqualTo("Never sent");
		assertThat(driver.findElements(By.cssSelector(".media-grid li"))).hasSize(shown);
	}

	@Test
	void libraryAndImagePagesPassTheHtmlCheckerAndAxe() throws Exception {
		logIn();
		open("/admin/media");
		driver.findElement(By.id("file")).sendKeys(picture("steppe.png", 900, 600, Color.GREEN).toString());
		driver.findElement(By.id("altText")).sendKeys("Green steppe");
		upload();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertAccessible("/admin/media");
		String details = driver.findElement(By.linkText("Green steppe")).getDomAttribute("href");
		assertThat(details).matches("/admin/media/\\d+");
		assertAccessible(details);
		assertAccessible("/admin/media?rejected=too-large");
	}

	private void assertAccessible(String path) throws Exception {
		open(path);
		List<String> htmlErrors = HtmlChecker.errors(served(path));
		List<String> blocking = AxeCheck.blocking(driver);
		assertThat(htmlErrors).as("Nu Html Checker errors on " + path).isEmpty();
		assertThat(blocking).as("axe serious or critical violations on " + path).isEmpty();
	}

	// Fetches the page as served, with the browser's session.
	private String served(String path) throws Exception {
		String session = driver.manage().getCookieNamed("SESSION").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept", "text/html")
			.header("Cookie", "SESSION=" + session)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	// Drops a file on the upload form's drop zone as a file manager would.
	private static void drop(byte[] content, String name) {
		((JavascriptExecutor) driver).executeScript("""
				const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
				const files = new DataTransfer();
				files.items.add(new File([bytes], arguments[1], { type: 'image/png' }));
				document.querySelector('[data-drop-zone]')
					.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
				""", Base64.getEncoder().encodeToString(content), name);
	}

	private static Path picture(String name, int width, int height, Color color) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		Path file = files.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	// Logs in unless an earlier test left the browser logged in.
	private void logIn() {
		open("/admin");
		if (!driver.getCurrentUrl().endsWith("/admin/login")) {
			return;
		}
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("main button[type=submit]")).click();
		waitFor().until(ExpectedConditions.urlMatches("/admin$"));
	}

	// Scrolled to first: at the foot of a 1000-pixel window the button can sit under the
	// browser's edge, where Chromium refuses the click.
	private static void upload() {
		WebElement button = driver.findElement(By.cssSelector(".media-upload button[type=submit]"));
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
	}

	private void open(String path) {
		driver.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

}
