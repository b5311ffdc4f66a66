package org.dastan.admin.journey;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors in two browsers open the same article. The first saves; the second's save
 * does not silently overwrite it: they get a conflict page showing the saved version,
 * with every word they typed still in the form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/conflict",
				"dastan.admin.password=" + EditConflictIT.PASSWORD })
@ActiveProfiles("test")
class EditConflictIT {

	static final String PASSWORD = "edit conflict test password one";

	private WebDriver first;

	private WebDriver second;

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private ArticleRepository articles;

	@AfterEach
	void stopBrowsers() {
		for (WebDriver driver : new WebDriver[] { this.first, this.second }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	// The body editor: a textbox named by the Body label.
	private static final String BODY = "[role=textbox][aria-labelledby=body-label]";

	@Test
	void secondSaveGetsAConflictPageThatKeepsTheText() {
		this.users.save(new UserAccount("zarina", "Zarina Editor", this.encoder.encode(PASSWORD), Set.of(Role.EDITOR)));
		long id = this.articles.findBySlug("tashkent-metro-ring-line").orElseThrow().getId();
		String site = "http://localhost:" + this.port;
		this.first = Browser.start(1200, 900);
		this.second = Browser.start(1200, 900);
		AdminSession alice = AdminSession.logIn(this.first, site, "admin", PASSWORD);
		AdminSession zarina = AdminSession.logIn(this.second, site, "zarina", PASSWORD);
		alice.open("/admin/articles/" + id);
		zarina.open("/admin/articles/" + id);

		alice.type("#title", "Tashkent's ring line is complete");
		alice.click(".article-form button[type=submit]");
		alice.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));

		zarina.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(BODY)));
		zarina.find(BODY).click();
		zarina.find(BODY).sendKeys("A sentence Zarina wrote while Alice saved.");
		zarina.type("#standfirst", "Zarina's new standfirst.");
		zarina.click(".article-form button[type=submit]");

		zarina.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".conflict-current")));
		assertThat(zarina.find("h1").getText()).isEqualTo("Someone else saved this article");
		assertThat(zarina.find(".current-title").getText()).isEqualTo("Tashkent's ring line is complete");
		assertThat(zarina.find(".conflict-changes").getText()).as("what changed").contains("complete");
		assertThat(zarina.find("#standfirst").getDomProperty("value")).isEqualTo("Zarina's new standfirst.");
		assertThat(zarina.find(BODY).getText()).contains("A sentence Zarina wrote while Alice saved.");
		assertThat(this.articles.findById(id).orElseThrow().getStandfirst()).as("nothing overwritten yet")
			.isNotEqualTo("Zarina's new standfirst.");

		zarina.click(".article-form button[type=submit]");
		zarina.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.articles.findById(id).orElseThrow().getStandfirst()).isEqualTo("Zarina's new standfirst.");
	}

}
