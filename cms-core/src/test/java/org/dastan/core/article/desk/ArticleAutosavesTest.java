package org.dastan.core.article.desk;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The autosave rules: one per user and article, the last one wins, only for those who may
 * edit the article, body sanitized, gone after a real save, and never a content change or
 * a revision.
 */
@SpringBootTest
class ArticleAutosavesTest {

	private static final Editor EDITOR = new Editor("aigerim", true);

	private static final Editor OTHER_EDITOR = new Editor("timur", true);

	private static final Editor AUTHOR = new Editor("dilnoza", false);

	@Autowired
	private ArticleAutosaves autosaves;

	@Autowired
	private ArticleDesk desk;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private JdbcTemplate jdbc;

	private long articleId;

	@BeforeEach
	void newsroom() {
		this.users.save(new UserAccount("aigerim", "Aigerim", "{noop}x", Set.of(Role.EDITOR)));
		this.users.save(new UserAccount("timur", "Timur", "{noop}x", Set.of(Role.EDITOR)));
		this.users.save(new UserAccount("dilnoza", "Dilnoza", "{noop}x", Set.of(Role.AUTHOR)));
		this.articleId = this.articles.save(new Article("aral-sea", "The Aral Sea comes back")).getId();
	}

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.authors.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void keepsOnePerUserAndArticleTheLastOneWinning() {
		this.autosaves.save(this.articleId, draft("First try", "<p>One</p>"), EDITOR);
		this.autosaves.save(this.articleId, draft("Second try", "<p>Two</p>"), EDITOR);
		this.autosaves.save(this.articleId, draft("Timur's try", "<p>Three</p>"), OTHER_EDITOR);
		this.autosaves.save(null, draft("A new story", "<p>New</p>"), EDITOR);
		this.autosaves.save(null, draft("Another new story", "<p>Newer</p>"), EDITOR);

		assertThat(this.jdbc.queryForObject("select count(*) from article_autosave", Long.class)).isEqualTo(3);
		assertThat(this.autosaves.offer(this.articleId, EDITOR)).get()
			.extracting((autosave) -> autosave.fields().title())
			.isEqualTo("Second try");
		assertThat(this.autosaves.offer(this.articleId, OTHER_EDITOR)).get()
			.extracting((autosave) -> autosave.fields().title())
			.isEqualTo("Timur's try");
		assertThat(this.autosaves.offer(null, EDITOR)).get()
			.extracting((autosave) -> autosave.fields().title())
			.isEqualTo("Another new story");
	}

	@Test
	void keepsEveryFieldAsTyped() {
		ArticleDraft typed = new ArticleDraft("  Title with spaces ", "my-slug", "Standfirst", "<p>Body</p>", 7L,
				List.of("Water", "Energy"), List.of(3L, 4L), 9L, "Caption", "@depositphotos", "SEO title",
				"SEO description");

		this.autosaves.save(this.articleId, typed, EDITOR);

		assertThat(this.autosaves.offer(this.articleId, EDITOR)).get().extracting(Autosave::fields).isEqualTo(typed);
	}

	@Test
	void refusesAnAuthorWhoMayNotEditTheArticle() {
		assertThatExceptionOfType(NotYoursException.class)
			.isThrownBy(() -> this.autosaves.save(this.articleId, draft("Mine now", ""), AUTHOR));
		assertThatExceptionOfType(NotYoursException.class)
			.isThrownBy(() -> this.autosaves.offer(this.articleId, AUTHOR));

		Author byline = new Author("dilnoza", "Dilnoza");
		byline.setUserId(this.users.findByUsername("dilnoza").orElseThrow().getId());
		byline = this.authors.save(byline);
		Article own = new Article("own-draft", "Own draft");
		own.creditTo(List.of(byline));
		long ownId = this.articles.save(own).getId();
		this.autosaves.save(ownId, draft("Still mine", ""), AUTHOR);
		assertThat(this.autosaves.offer(ownId, AUTHOR)).isPresent();
	}

	@Test
	void sanitizesTheBodyBeforeKeepingIt() {
		this.autosaves.save(this.articleId,
				draft("Title", "<p onclick=\"steal()\">Text</p><script>steal()</script><img src=x onerror=steal()>"),
				EDITOR);

		String body = this.autosaves.offer(this.articleId, EDITOR).orElseThrow().fields().body();
		assertThat(body).contains("Text").doesNotContain("script", "onclick", "onerror", "steal");
	}

	@Test
	void isRemovedByARealSave() {
		this.autosaves.save(this.articleId, draft("Unsaved title", "<p>Unsaved</p>"), EDITOR);
		this.autosaves.save(this.articleId, draft("Timur's unsaved title", "<p>Unsaved</p>"), OTHER_EDITOR);
		long version = this.articles.findById(this.articleId).orElseThrow().getVersion();

		this.desk.update(this.articleId, version, draft("Saved title", "<p>Saved</p>"), EDITOR);

		assertThat(this.autosaves.offer(this.articleId, EDITOR)).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from article_autosave where username = 'timur'", Long.class))
			.as("another editor's autosave stays")
			.isEqualTo(1);
	}

	@Test
	void ofANewArticleIsRemovedWhenItIsCreated() {
		this.autosaves.save(null, draft("A new story", "<p>New</p>"), EDITOR);

		this.desk.create(draft("A new story", "<p>New</p>"), EDITOR);

		assertThat(this.autosaves.offer(null, EDITOR)).isEmpty();
	}

	@Test
	void isNotOfferedOnceSomeoneSavedTheArticleAfterIt() {
		this.autosaves.save(this.articleId, draft("Unsaved title", ""), EDITOR);
		long version = this.articles.findById(this.articleId).orElseThrow().getVersion();

		this.desk.update(this.articleId, version, draft("Timur's title", "<p>Saved</p>"), OTHER_EDITOR);

		assertThat(this.autosaves.offer(this.articleId, EDITOR)).isEmpty();
	}

	@Test
	void goesWithItsArticle() {
		this.autosaves.save(this.articleId, draft("Unsaved title", ""), EDITOR);

		this.articles.deleteById(this.articleId);

		assertThat(this.jdbc.queryForObject("select count(*) from article_autosave", Long.class)).isZero();
	}

	@Test
	void isDiscarded() {
		this.autosaves.save(this.articleId, draft("Unsaved title", ""), EDITOR);

		this.autosaves.discard(this.articleId, EDITOR);

		assertThat(this.autosaves.offer(this.articleId, EDITOR)).isEmpty();
	}

	@Test
	void isNoContentChangeAndNoRevision() {
		// Public, so that an edit of it would change pages: typing into its form must
		// not.
		Article article = this.articles.findById(this.articleId).orElseThrow();
		article.publish(Instant.now().minusSeconds(60));
		this.articles.save(article);
		long changes = contentChanges();
		long revisions = this.jdbc.queryForObject("select count(*) from articles_aud", Long.class);
		Instant updated = this.articles.findById(this.articleId).orElseThrow().getUpdatedAt();

		this.autosaves.save(this.articleId, draft("Unsaved title", "<p>Unsaved</p>"), EDITOR);
		this.autosaves.save(this.articleId, draft("Unsaved title 2", "<p>Unsaved</p>"), EDITOR);
		this.autosaves.save(null, draft("A new story", "<p>New</p>"), EDITOR);
		this.autosaves.discard(null, EDITOR);

		assertThat(contentChanges()).as("public caches stay").isEqualTo(changes);
		assertThat(this.jdbc.queryForObject("select count(*) from articles_aud", Long.class)).isEqualTo(revisions);
		assertThat(this.articles.findById(this.articleId).orElseThrow().getUpdatedAt()).isEqualTo(updated);
	}

	private long contentChanges() {
		return this.jdbc.queryForObject("select count(*) from content_changes", Long.class);
	}

	private static ArticleDraft draft(String title, String body) {
		return new ArticleDraft(title, "", "", body, null, List.of(), List.of(), null, "", "", "", "");
	}

}
