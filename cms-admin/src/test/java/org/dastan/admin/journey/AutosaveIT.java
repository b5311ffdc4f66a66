package org.dastan.admin.journey;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.config.NewsroomProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an editor has typed survives leaving the page, a closed tab and an expired
 * session: the editor page autosaves quietly, asks before leaving with unsaved changes,
 * and offers the text back when the editor returns.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.media-dir=target/it-media/autosave", "dastan.admin.password=" + AutosaveIT.PASSWORD })
@ActiveProfiles("test")
class AutosaveIT {

	static final String PASSWORD = "autosave journey test password";

	private WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private NewsroomProperties newsroom;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest
	@EnumSource(Words.class)
	void offersTheTextBackAfterTheEditorLeftForTheDashboard(Words words) {
		long id = article("leave-and-return-" + words.language, "Leave and return");
		AdminSession session = logIn(words, words.phone ? 390 : 1280, words.phone ? 844 : 900);
		AutosaveEditorPage editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);
		assertThat(editor.offersUnsavedChanges(words.banner)).as("nothing to offer yet").isFalse();

		editor.type(words.title, "A headline typed, never saved");
		editor.typeBody("A paragraph typed, never saved.");
		editor.waitForStatus(words.draftSaved);
		leaveForTheDashboard(session, editor, words);
		editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);

		assertThat(editor.value(words.title)).as("the form shows the saved article").isEqualTo("Leave and return");
		assertThat(editor.banner(words.banner).getText()).startsWith(words.offer).containsPattern(justNow());
		editor.press(words.restore);
		assertThat(editor.offersUnsavedChanges(words.banner)).isFalse();
		assertThat(editor.value(words.title)).isEqualTo("A headline typed, never saved");
		assertThat(editor.body()).contains("A paragraph typed, never saved.");

		leaveForTheDashboard(session, editor, words);
		editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);
		editor.press(words.discard);
		assertThat(editor.offersUnsavedChanges(words.banner)).isFalse();
		session.waitFor((driver) -> autosaves(id) == 0);
		editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);
		assertThat(editor.offersUnsavedChanges(words.banner)).as("discarded for good").isFalse();
		assertThat(editor.value(words.title)).isEqualTo("Leave and return");
	}

	@Test
	void asksBeforeLeavingWithUnsavedChangesButNotWhenSaving() {
		Words words = Words.ENGLISH;
		long id = article("ask-before-leaving", "Ask before leaving");
		AdminSession session = logIn(words, 1280, 900);
		AutosaveEditorPage editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);
		editor.type(words.title, "Ask before leaving, edited");

		editor.navigate(words.dashboard);
		session.waitFor(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(this.driver.getCurrentUrl()).as("stayed on the editor").endsWith("/admin/articles/" + id);
		assertThat(editor.value(words.title)).isEqualTo("Ask before leaving, edited");

		editor.press(words.save);
		session.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		editor = AutosaveEditorPage.ready(session);
		assertThat(this.articles.findById(id).orElseThrow().getTitle()).isEqualTo("Ask before leaving, edited");
		assertThat(editor.offersUnsavedChanges(words.banner)).isFalse();
		assertThat(autosaves(id)).as("a real save removes the autosave").isZero();

		editor.navigate(words.dashboard);
		session.waitFor(ExpectedConditions.urlMatches("/admin$"));
	}

	@Test
	void keepsTheTextThroughAnExpiredSession() {
		Words words = Words.RUSSIAN;
		long id = article("expired-session", "Expired session");
		AdminSession session = logIn(words, 1280, 900);
		AutosaveEditorPage editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);

		this.driver.manage().deleteCookieNamed("SESSION");
		editor.type(words.title, "Заголовок после конца сессии");
		editor.typeBody("Абзац, набранный после конца сессии.");
		editor.waitForStatus(words.notSaved);
		editor.press(words.save);
		session.waitFor(ExpectedConditions.urlContains("/admin/login"));
		assertThat(this.articles.findById(id).orElseThrow().getTitle()).isEqualTo("Expired session");

		session = AdminSession.logIn(this.driver, site(), "admin", PASSWORD);
		editor = AutosaveEditorPage.open(session, "/admin/articles/" + id);
		assertThat(editor.banner(words.banner).getText()).startsWith(words.offer);
		editor.press(words.restore);
		assertThat(editor.value(words.title)).isEqualTo("Заголовок после конца сессии");
		assertThat(editor.body()).contains("Абзац, набранный после конца сессии.");
	}

	private AdminSession logIn(Words words, int width, int height) {
		this.driver = Browser.startShowingLeaveQuestions(width, height);
		// The language is chosen on the public site; the admin follows the same cookie.
		this.driver.get(site() + "/?lang=" + words.language);
		return AdminSession.logIn(this.driver, site(), "admin", PASSWORD);
	}

	private void leaveForTheDashboard(AdminSession session, AutosaveEditorPage editor, Words words) {
		editor.navigate(words.dashboard);
		session.waitFor(ExpectedConditions.alertIsPresent()).accept();
		session.waitFor(ExpectedConditions.urlMatches("/admin$"));
	}

	// The time of an autosave made in the last minute, in the newsroom's time zone.
	private String justNow() {
		LocalTime now = LocalTime.now(this.newsroom.timeZone());
		DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
		return now.format(clock) + "|" + now.minusMinutes(1).format(clock);
	}

	private long article(String slug, String title) {
		return this.articles.save(new Article(slug, title)).getId();
	}

	private long autosaves(long id) {
		return this.jdbc.queryForObject("select count(*) from article_autosave where article_id = ?", Long.class, id);
	}

	private String site() {
		return "http://localhost:" + this.port;
	}

	/** What the editor reads, in each language the admin speaks; Russian on a phone. */
	enum Words {

		ENGLISH("en", false, "Title", "Save", "Dashboard", "Unsaved changes", "You have unsaved changes from",
				"Restore", "Discard", "Draft saved at", "Not saved"),

		RUSSIAN("ru", true, "Заголовок", "Сохранить", "Главная", "Несохранённые изменения",
				"У вас есть несохранённые изменения от", "Восстановить", "Отбросить", "Черновик сохранён в",
				"Не сохранено");

		final String language;

		final boolean phone;

		final String title;

		final String save;

		final String dashboard;

		final String banner;

		final String offer;

		final String restore;

		final String discard;

		final String draftSaved;

		final String notSaved;

		Words(String language, boolean phone, String title, String save, String dashboard, String banner, String offer,
				String restore, String discard, String draftSaved, String notSaved) {
			this.language = language;
			this.phone = phone;
			this.title = title;
			this.save = save;
			this.dashboard = dashboard;
			this.banner = banner;
			this.offer = offer;
			this.restore = restore;
			this.discard = discard;
			this.draftSaved = draftSaved;
			this.notSaved = notSaved;
		}

	}

}
