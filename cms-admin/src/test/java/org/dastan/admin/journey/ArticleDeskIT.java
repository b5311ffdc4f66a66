package org.dastan.admin.journey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article desk in Chromium, in English on a desktop and in Russian on a phone: an
 * editor's double-submitted new article is one article; typing and then scheduling or
 * publishing keeps every word; a reporter submits for review and sees it confirmed, the
 * editor sends it back with a note the reporter then reads, and the reporter deletes the
 * draft after confirming.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/desk",
				"dastan.admin.password=" + ArticleDeskIT.PASSWORD })
@ActiveProfiles("test")
class ArticleDeskIT {

	static final String PASSWORD = "article desk test password";

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PasswordEncoder encoder;

	private WebDriver editorBrowser;

	private WebDriver reporterBrowser;

	/**
	 * What the desk's controls are called in each language, and the window it is used in.
	 */
	enum Desk {

		ENGLISH("en", 1280, 1000, "Title", "Standfirst", "SEO title", "Publication time",
				"Note for the newsroom (readers never see it)", "Save", "Schedule", "Publish now", "Submit for review",
				"Send back to the author", "Delete article", "Yes, delete the article", "Sent for review",
				"The article was deleted.", "Scheduled", "Published", "Draft"),

		RUSSIAN("ru", 390, 844, "Заголовок", "Лид", "SEO-заголовок", "Время публикации",
				"Заметка для редакции (читатели её не видят)", "Сохранить", "Запланировать", "Опубликовать сейчас",
				"Отправить на проверку", "Вернуть автору", "Удалить статью", "Да, удалить статью",
				"Отправлено на проверку", "Статья удалена.", "Запланирована", "Опубликована", "Черновик");

		final String language;

		final int width;

		final int height;

		final String title;

		final String standfirst;

		final String seoTitle;

		final String publishAt;

		final String note;

		final String save;

		final String schedule;

		final String publish;

		final String submit;

		final String sendBack;

		final String delete;

		final String confirmDelete;

		final String sentForReview;

		final String deleted;

		final String scheduled;

		final String published;

		final String draft;

		Desk(String language, int width, int height, String... words) {
			this.language = language;
			this.width = width;
			this.height = height;
			this.title = words[0];
			this.standfirst = words[1];
			this.seoTitle = words[2];
			this.publishAt = words[3];
			this.note = words[4];
			this.save = words[5];
			this.schedule = words[6];
			this.publish = words[7];
			this.submit = words[8];
			this.sendBack = words[9];
			this.delete = words[10];
			this.confirmDelete = words[11];
			this.sentForReview = words[12];
			this.deleted = words[13];
			this.scheduled = words[14];
			this.published = words[15];
			this.draft = words[16];
		}

	}

	@AfterEach
	void stopBrowsers() {
		for (WebDriver driver : new WebDriver[] { this.editorBrowser, this.reporterBrowser }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Desk.class)
	void editorAndReporterNeverLoseAWord(Desk desk) {
		String editorName = "desk-editor-" + desk.language;
		String reporterName = "desk-reporter-" + desk.language;
		this.users.save(new UserAccount(editorName, "Desk Editor", this.encoder.encode(PASSWORD), Set.of(Role.EDITOR)));
		UserAccount reporter = this.users
			.save(new UserAccount(reporterName, "Desk Reporter", this.encoder.encode(PASSWORD), Set.of(Role.AUTHOR)));
		Author byline = new Author("desk-reporter-" + desk.language, "Desk Reporter " + desk.language);
		byline.setUserId(reporter.getId());
		this.authors.save(byline);

		this.editorBrowser = start(desk, editorName);
		ArticleEditorPage editor = new ArticleEditorPage(this.editorBrowser);

		// e) The first submit's answer never arrived, so the editor saves again: one
		// article.
		String title = "Steppe railway " + desk.language;
		open(this.editorBrowser, "/admin/articles/new");
		editor.type(desk.title, title);
		// The first submit goes to a hidden frame, as if its answer got lost on the way.
		editor.script("var form = document.querySelector('form.article-form');"
				+ "var frame = document.createElement('iframe'); frame.name = 'lost'; frame.hidden = true;"
				+ "document.body.appendChild(frame); form.target = 'lost';"
				+ "form.requestSubmit(form.querySelector('button[value=SAVE]'));");
		editor.waitFor((driver) -> this.articles.findBySlug(slug(title)).isPresent());
		editor.script("document.querySelector('form.article-form').target = '';");
		editor.press(desk.save);
		long id = this.articles.findBySlug(slug(title)).orElseThrow().getId();
		assertThat(this.editorBrowser.getCurrentUrl()).endsWith("/admin/articles/" + id);
		assertThat(this.articles.findBySlug(slug(title) + "-2")).as("no duplicate").isEmpty();

		// a) Type an SEO title, then schedule without saving first.
		editor.type(desk.seoTitle, "Railway SEO " + desk.language);
		editor.setDateTime(desk.publishAt,
				LocalDateTime.now(ZoneId.of("Asia/Almaty"))
					.plusDays(1)
					.truncatedTo(ChronoUnit.MINUTES)
					.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		editor.press(desk.schedule);
		assertThat(editor.status()).isEqualTo(desk.scheduled);
		assertThat(editor.field(desk.seoTitle).getDomProperty("value")).isEqualTo("Railway SEO " + desk.language);

		// b) Type, then publish now.
		editor.type(desk.standfirst, "Typed just before publishing.");
		editor.press(desk.publish);
		assertThat(editor.status()).isEqualTo(desk.published);
		assertThat(editor.field(desk.standfirst).getDomProperty("value")).isEqualTo("Typed just before publishing.");
		Article published = this.articles.findById(id).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.getSeoTitle()).isEqualTo("Railway SEO " + desk.language);

		// c) The reporter submits a draft for review and is told so.
		this.reporterBrowser = start(desk, reporterName);
		ArticleEditorPage reporterPage = new ArticleEditorPage(this.reporterBrowser);
		String story = "Reporter story " + desk.language;
		open(this.reporterBrowser, "/admin/articles/new");
		reporterPage.type(desk.title, story);
		reporterPage.press(desk.save);
		long storyId = this.articles.findBySlug(slug(story)).orElseThrow().getId();
		reporterPage.type(desk.standfirst, "The reporter's own standfirst.");
		reporterPage.press(desk.submit);
		assertThat(this.reporterBrowser.getCurrentUrl()).endsWith("/admin/articles");
		assertThat(reporterPage.text(".alert-success")).contains(desk.sentForReview);
		assertThat(this.articles.findById(storyId).orElseThrow().getStandfirst())
			.isEqualTo("The reporter's own standfirst.");

		// The editor sends it back with a note.
		open(this.editorBrowser, "/admin/articles/" + storyId);
		editor.type(desk.note, "Please add a second source.");
		editor.press(desk.sendBack);
		assertThat(editor.status()).isEqualTo(desk.draft);

		// The reporter reads the note on their article.
		open(this.reporterBrowser, "/admin/articles/" + storyId);
		assertThat(reporterPage.text(".sent-back-note")).contains("Please add a second source.");
		assertThat(reporterPage.text(".article-notes")).contains("Desk Editor", "Please add a second source.");

		// d) The reporter deletes the draft, after confirming.
		reporterPage.press(desk.delete);
		assertThat(this.articles.existsById(storyId)).as("not before confirming").isTrue();
		reporterPage.press(desk.confirmDelete);
		assertThat(reporterPage.text(".alert-success")).contains(desk.deleted);
		assertThat(this.articles.existsById(storyId)).isFalse();
	}

	private WebDriver start(Desk desk, String username) {
		WebDriver driver = Browser.start(desk.width, desk.height);
		// The admin speaks the language the reader's switch chose.
		driver.get(site() + "/?lang=" + desk.language);
		AdminSession.logIn(driver, site(), username, PASSWORD);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(desk.language);
		return driver;
	}

	private void open(WebDriver driver, String path) {
		driver.get(site() + path);
		new ArticleEditorPage(driver).waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private static String slug(String title) {
		return title.toLowerCase().replace(' ', '-');
	}

	private String site() {
		return "http://localhost:" + this.port;
	}

}
