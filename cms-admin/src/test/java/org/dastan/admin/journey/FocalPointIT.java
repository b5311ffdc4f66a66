package org.dastan.admin.journey;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An editor moves the focal point of the lead story's picture, by clicking it on a
 * desktop in English and by typing the position on a phone in Russian, and the home page
 * then crops the lead story's picture around that point.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.admin.password=" + FocalPointIT.PASSWORD,
				"dastan.media-dir=target/it-media/focal" })
@ActiveProfiles("test")
class FocalPointIT {

	static final String PASSWORD = "browser test admin password";

	private WebDriver driver;

	private AdminSession session;

	@LocalServerPort
	private int port;

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void editorClicksThePictureWhereItsSubjectIs() {
		this.driver = Browser.start(1280, 1024);
		String file = leadStoryPicture();
		openDetails(file, "en");

		WebElement picture = this.driver.findElement(By.cssSelector("[data-focal-frame] img"));
		scrollTo(picture);
		int width = picture.getRect().getWidth();
		int height = picture.getRect().getHeight();
		// Selenium's offsets count from the element's centre: this is 20% from the left,
		// 70% from the top.
		new Actions(this.driver).moveToElement(picture, (int) (width * -0.3), (int) (height * 0.2)).click().perform();
		assertThat(Double.parseDouble(input("Horizontal %").getDomProperty("value"))).isCloseTo(20, within(1.0));
		assertThat(Double.parseDouble(input("Vertical %").getDomProperty("value"))).isCloseTo(70, within(1.0));
		String marker = this.driver.findElement(By.cssSelector("[data-focal-marker]")).getDomAttribute("style");
		assertThat(marker).contains("left: " + input("Horizontal %").getDomProperty("value") + "%");

		save("Save", "Changes saved.");
		double x = Double.parseDouble(input("Horizontal %").getDomProperty("value"));
		double y = Double.parseDouble(input("Vertical %").getDomProperty("value"));
		assertThat(x).isCloseTo(20, within(1.0));
		assertThat(y).isCloseTo(70, within(1.0));
		assertLeadStoryCroppedAt(Math.round(x) + "% " + Math.round(y) + "%");
	}

	@Test
	void editorTypesThePositionOnAPhoneInRussian() {
		this.driver = Browser.start(390, 844);
		String file = leadStoryPicture();
		openDetails(file, "ru");

		WebElement horizontal = input("По горизонтали, %");
		scrollTo(horizontal);
		horizontal.clear();
		horizontal.sendKeys("85");
		WebElement vertical = input("По вертикали, %");
		vertical.clear();
		vertical.sendKeys("15");
		assertThat(this.driver.findElement(By.cssSelector("[data-focal-marker]")).getDomAttribute("style"))
			.contains("left: 85%", "top: 15%");
		save("Сохранить", "Изменения сохранены.");
		assertThat(input("По горизонтали, %").getDomProperty("value")).isEqualTo("85.0");
		assertThat(input("По вертикали, %").getDomProperty("value")).isEqualTo("15.0");
		assertLeadStoryCroppedAt("85% 15%");
	}

	// The stored file name of the lead story's picture on the home page.
	private String leadStoryPicture() {
		open("/");
		String src = leadStoryImage().getDomAttribute("src");
		assertThat(src).startsWith("/media/");
		return src.substring("/media/".length());
	}

	private void openDetails(String file, String language) {
		// The language is chosen on the public site and kept in a cookie the admin reads.
		open("/?lang=" + language);
		this.session = AdminSession.logIn(this.driver, "http://localhost:" + this.port, "admin", PASSWORD);
		// The library finds a picture by its stored file name too.
		this.session.open("/admin/media?q=" + file);
		String href = this.session.find(".media-grid a.card-title").getDomAttribute("href");
		this.session.click(".media-grid a.card-title");
		this.session.waitFor(ExpectedConditions.urlMatches(href + "$"));
	}

	private WebElement input(String label) {
		WebElement found = this.driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		return this.driver.findElement(By.id(found.getDomAttribute("for")));
	}

	private void save(String button, String saved) {
		WebElement submit = this.driver
			.findElement(By.xpath("//form[contains(@action, '/edit')]//button[normalize-space()='" + button + "']"));
		scrollTo(submit);
		submit.click();
		waitFor(Browser.replaced(submit));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), saved));
	}

	private void assertLeadStoryCroppedAt(String position) {
		// Other nodes' caches drop the page within moments of the save; look again until
		// then.
		waitFor((browser) -> {
			open("/");
			return position.equals(leadStoryImage().getCssValue("object-position"));
		});
		WebElement picture = leadStoryImage();
		assertThat(picture.getCssValue("object-fit")).isEqualTo("cover");
		assertThat(picture.getCssValue("object-position")).isEqualTo(position);
		// The slot has its own shape, not the picture's.
		assertThat((double) picture.getRect().getWidth() / picture.getRect().getHeight()).isCloseTo(2.0, within(0.05));
	}

	private WebElement leadStoryImage() {
		return this.driver.findElement(By.cssSelector(".lead-story img"));
	}

	private void scrollTo(WebElement element) {
		this.session.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

}
