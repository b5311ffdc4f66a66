package org.dastan.admin.journey;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An article page as a reader sees it, part by part, top to bottom.
 */
final class ArticlePageView {

	private final WebDriver driver;

	ArticlePageView(WebDriver driver) {
		this.driver = driver;
	}

	String path() {
		return this.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
	}

	List<WebElement> tickerEntries() {
		return visible(".ticker-list:not([aria-hidden]) .ticker-item");
	}

	String mastheadDate() {
		return this.driver.findElement(By.cssSelector(".masthead .today")).getText();
	}

	List<WebElement> navigationLinks() {
		return visible(".site-nav a");
	}

	List<WebElement> headings() {
		return this.driver.findElements(By.tagName("h1"));
	}

	WebElement section() {
		return this.driver.findElement(By.cssSelector(".article-section a"));
	}

	WebElement publicationDate() {
		return this.driver.findElement(By.cssSelector(".article-meta time.published"));
	}

	WebElement featuredImage() {
		return this.driver.findElement(By.cssSelector(".featured-image img"));
	}

	boolean featuredImageLoaded() {
		Object width = ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth", featuredImage());
		return width instanceof Number number && number.intValue() > 0;
	}

	String caption() {
		return this.driver.findElement(By.cssSelector(".featured-image .caption")).getText();
	}

	String credit() {
		return this.driver.findElement(By.cssSelector(".featured-image .credit")).getText();
	}

	WebElement body() {
		return this.driver.findElement(By.cssSelector(".article-body"));
	}

	List<WebElement> tags() {
		return visible(".article-tags a");
	}

	WebElement authorBox() {
		return this.driver.findElement(By.cssSelector(".author-box"));
	}

	List<WebElement> suggestedArticles() {
		return visible(".suggested li a");
	}

	List<WebElement> sidebarWidgets() {
		return visible("aside.sidebar .sidebar-widget");
	}

	private List<WebElement> visible(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
	}

}
