package org.dastan.admin.journey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.desk.OpenedArticle;
import org.dastan.core.html.HtmlSanitizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening an article in the body editor and saving it without touching anything changes
 * nothing: every demo article and every body of a corpus that uses each element and
 * attribute the sanitizer allows comes back byte for byte. Bodies not in normalized form
 * come back normalized, and a second save changes nothing more; odd bodies never break
 * the editor.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/round-trip",
				"dastan.admin.password=" + BodyRoundTripIT.PASSWORD })
@ActiveProfiles("test")
class BodyRoundTripIT {

	static final String PASSWORD = "body round trip test password";

	// Runs before any page script: records errors that the page's scripts throw.
	private static final String ERRORS = """
			window.__errors = [];
			window.addEventListener('error', function (event) { window.__errors.push(String(event.message)); });
			""";

	private static ChromeDriver driver;

	private static AdminSession session;

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ArticleDesk desk;

	@Autowired
	private HtmlSanitizer sanitizer;

	@BeforeAll
	static void startBrowser() {
		driver = (ChromeDriver) Browser.start(1280, 900);
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERRORS));
	}

	@AfterAll
	static void stopBrowser() {
		session = null;
		driver.quit();
	}

	@Test
	void everyDemoArticleSurvivesOpenAndSave() {
		AdminSession desk = session();
		List<Article> demo = this.articles.findAll();
		assertThat(demo).hasSizeGreaterThan(30);
		List<String> changed = new ArrayList<>();
		for (Article article : demo) {
			String before = article.getBody();
			String after = openAndSave(desk, article.getId());
			if (!after.equals(before)) {
				changed.add(article.getSlug() + "\n  before: " + before + "\n  after:  " + after);
			}
		}
		assertThat(changed).as("demo articles whose body a save changed").isEmpty();
	}

	@Test
	void corpusBodiesSurviveOpenAndSave() throws IOException {
		AdminSession desk = session();
		List<String> problems = new ArrayList<>();
		for (String[] entry : corpus()) {
			String name = entry[0];
			OpenedArticle article = this.desk.create(new ArticleDraft("Round trip: " + name, "", "", entry[1], null,
					List.of(), List.of(), null, "", "", null, null), new Editor("admin", true));
			String stored = article.draft().body();
			String first = openAndSave(desk, article.id());
			if (entry.length == 2 && !first.equals(stored)) {
				problems.add(name + "\n  stored: " + stored + "\n  saved:  " + first);
			}
			if (entry.length == 3 && !entry[2].equals("*")) {
				String normalized = this.sanitizer.sanitize(entry[2]).html();
				if (!first.equals(normalized)) {
					problems.add(name + "\n  expected: " + normalized + "\n  saved:    " + first);
				}
			}
			String second = openAndSave(desk, article.id());
			if (!second.equals(first)) {
				problems.add(name + " is no fixed point\n  first:  " + first + "\n  second: " + second);
			}
		}
		assertThat(problems).as("corpus bodies that a save changed").isEmpty();
	}

	/** Opens the article in the editor, clicks Save, and returns the body as stored. */
	private String openAndSave(AdminSession desk, long id) {
		desk.open("/admin/articles/" + id);
		desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=textbox][contenteditable]")));
		desk.click(".article-form button[type=submit]");
		desk.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(desk.script("return window.__errors")).as("script errors on article " + id)
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		return this.articles.findById(id).orElseThrow().getBody();
	}

	private static List<String[]> corpus() throws IOException {
		try (InputStream in = new ClassPathResource("editor/round-trip-bodies.tsv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.replace("\\n", "\n").split("\t"))
				.toList();
		}
	}

	/** The admin's session, logged in once for all tests. */
	private AdminSession session() {
		if (session == null) {
			session = AdminSession.logIn(driver, base(), "admin", PASSWORD);
		}
		return session;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
