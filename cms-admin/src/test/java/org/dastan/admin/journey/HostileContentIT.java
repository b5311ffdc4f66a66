package org.dastan.admin.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.DeskAction;
import org.dastan.core.article.desk.Transition;
import org.dastan.core.article.desk.Editor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every XSS payload of the shared fixtures, saved through the article desk into bodies,
 * titles, standfirsts, captions and credits, stays inert in Chromium on the public pages
 * and in the admin: no script runs and no dialog opens. Template-injection payloads come
 * out as the literal text that was typed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/hostile",
				"dastan.admin.password=" + HostileContentIT.PASSWORD })
@ActiveProfiles("test")
class HostileContentIT {

	static final String PASSWORD = "hostile content test password";

	private static final Path FIXTURES = Path.of(System.getProperty("dastan.shared.dir", "../../shared"), "fixtures");

	// Runs before any page script: records any dialog or script a payload manages to
	// start instead of showing it.
	private static final String TRAP = """
			window.__xss = [];
			['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
				window[name] = function () { window.__xss.push(name + ':' + Array.from(arguments).join(',')); };
			});
			""";

	private static final int PAYLOADS_PER_BODY = 60;

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleDesk desk;

	@BeforeAll
	static void startBrowser() {
		driver = (ChromeDriver) Browser.start(1280, 900);
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@Test
	void everyXssPayloadStaysInertOnPublicAndAdminPages() throws IOException {
		Editor editor = new Editor("admin", true);
		List<String> all = xssPayloads();
		List<Long> saved = new ArrayList<>();
		for (int from = 0; from < all.size(); from += PAYLOADS_PER_BODY) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + PAYLOADS_PER_BODY));
			saved.add(publish(editor, "Body payloads " + from,
					String.join("\n", chunk.stream().map((p) -> "<p>" + p + "</p>").toList()), chunk.get(0),
					chunk.get(0)));
		}
		List<String> identifiable = Files.readAllLines(FIXTURES.resolve("xss/xss_alert_identifiable.txt"));
		for (String group : packed(identifiable, 200)) {
			saved.add(publish(editor, group, "<p>" + group + "</p>", group, group));
		}
		System.out.printf("hostile content: %d XSS payloads in bodies, %d in titles, standfirsts, captions and credits,"
				+ " on %d articles%n", all.size(), identifiable.size(), saved.size());

		List<String> fired = new ArrayList<>();
		visit("data:text/html,<script>alert('control')</script>", fired);
		assertThat(fired).as("the trap notices a dialog").hasSize(1);
		fired.clear();
		for (long id : saved) {
			visit("/articles/" + slugOf(id), fired);
		}
		AdminSession.logIn(driver, base(), "admin", PASSWORD);
		for (long id : saved.subList(0, (all.size() + PAYLOADS_PER_BODY - 1) / PAYLOADS_PER_BODY + 20)) {
			visit("/admin/articles/" + id, fired);
			visit("/admin/articles/" + id + "/preview", fired);
		}
		for (int page = 1; page <= saved.size() / 24 + 1; page++) {
			visit("/admin/articles?page=" + page, fired);
		}
		visit("/admin", fired);
		assertThat(fired).as("scripts or dialogs started by payloads").isEmpty();
	}

	@Test
	void templateInjectionPayloadsRenderAsTypedText() throws IOException {
		Editor editor = new Editor("admin", true);
		List<String> payloads = Files.readAllLines(FIXTURES.resolve("ssti/ssti.fuzz"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && line.length() <= 200)
			.toList();
		for (String payload : payloads) {
			long id = publish(editor, payload, "<p>before</p>", payload, payload);
			driver.get(base() + "/articles/" + slugOf(id));
			assertThat(driver.findElement(By.tagName("h1")).getText()).as(payload).isEqualTo(payload);
			assertThat(driver.findElement(By.cssSelector(".featured-image .caption, .article-standfirst")).getText())
				.as(payload)
				.isEqualTo(payload);
		}
		System.out.printf("hostile content: %d template-injection payloads rendered as typed%n", payloads.size());
	}

	private long publish(Editor editor, String title, String body, String standfirst, String caption) {
		String shortTitle = (title.strip().isEmpty()) ? "blank" : cut(title.strip(), 200);
		return this.desk
			.create(new ArticleDraft(shortTitle, "", cut(standfirst, 500), body, null, List.of(), List.of(), null,
					cut(caption, 500), cut(caption, 200), null, null), null,
					new Transition(DeskAction.PUBLISH, null, null), editor)
			.id();
	}

	private String slugOf(long id) {
		return this.desk.open(id, new Editor("admin", true)).slug();
	}

	private void visit(String path, List<String> fired) {
		try {
			driver.get(path.startsWith("data:") ? path : base() + path);
			Object caught = ((JavascriptExecutor) driver).executeScript("return window.__xss || [];");
			if (caught instanceof List<?> calls && !calls.isEmpty()) {
				fired.add(path + " " + calls);
			}
		}
		catch (UnhandledAlertException ex) {
			fired.add(path + " opened a dialog: " + ex.getAlertText());
			driver.switchTo().alert().dismiss();
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static List<String> xssPayloads() throws IOException {
		List<String> payloads = new ArrayList<>(
				Files.readAllLines(FIXTURES.resolve("xss/payloads-all-the-things-xss.txt")));
		payloads.addAll(Files.readAllLines(FIXTURES.resolve("xss/xss_alert_identifiable.txt")));
		try (Stream<Path> svgs = Files.list(FIXTURES.resolve("xss/svg"))) {
			for (Path svg : svgs.sorted().toList()) {
				payloads.add(Files.readString(svg));
			}
		}
		return payloads;
	}

	/**
	 * Joins payloads into groups that each fit a field of the given length, so one
	 * article carries several.
	 */
	private static List<String> packed(List<String> payloads, int length) {
		List<String> groups = new ArrayList<>();
		StringBuilder group = new StringBuilder();
		for (String payload : payloads) {
			if (group.length() > 0 && group.length() + 1 + payload.length() > length) {
				groups.add(group.toString());
				group.setLength(0);
			}
			group.append((group.length() > 0) ? " " : "").append(payload);
		}
		if (group.length() > 0) {
			groups.add(group.toString());
		}
		return groups;
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
