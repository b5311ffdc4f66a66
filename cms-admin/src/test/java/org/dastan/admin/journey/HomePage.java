package org.dastan.admin.journey;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public front page as a reader uses it.
 */
final class HomePage {

	private final WebDriver driver;

	private HomePage(WebDriver driver) {
		this.driver = driver;
	}

	static HomePage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/");
		return new HomePage(driver);
	}

	String leadStoryTitle() {
		return leadStoryLink().getText();
	}

	ArticlePageView openLeadStory() {
		leadStoryLink().click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/articles/"));
		return new ArticlePageView(this.driver);
	}

	private WebElement leadStoryLink() {
		return this.driver.findElement(By.cssSelector(".lead-story .card-title a"));
	}

}
