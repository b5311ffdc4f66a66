package org.dastan.admin.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.Article;
import org.dastan.core.article.ArticleRepository;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The article desk's routes for each kind of visitor: anonymous visitors are sent to log
 * in, authors edit only their own drafts and cannot publish, editors do everything; every
 * change needs the CSRF token; bad input comes back with the message next to the field
 * and nothing lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ArticleDeskControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private TransactionTemplate transaction;

	private long ownDraft;

	private long othersDraft;

	@BeforeEach
	void articles() {
		this.transaction.executeWithoutResult((status) -> {
			this.articles.deleteAllInBatch();
			this.authors.deleteAllInBatch();
			UserAccount writer = this.users.findByUsername("writer")
				.orElseGet(() -> this.users.save(new UserAccount("writer", "Writer", "{noop}x", Set.of(Role.AUTHOR))));
			Author byline = new Author("writer-byline", "Writer Byline");
			byline.setUser(writer);
			Author other = this.authors.save(new Author("other-byline", "Other Byline"));
			byline = this.authors.save(byline);
			this.ownDraft = draft("own-draft", byline);
			this.othersDraft = draft("others-draft", other);
		});
	}

	@Test
	void sendsAnonymousVisitorsToLogIn() {
		assertThat(this.mvc.get().uri("/admin/articles")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft)).hasStatus(HttpStatus.FOUND);
		assertThat(
				this.mvc.post().uri("/admin/articles/{id}/publish", this.ownDraft).param("version", "0").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void letsAnAuthorEditOwnDraftsOnly() {
		assertThat(this.mvc.get().uri("/admin/articles")).hasStatusOk().bodyText().contains("own-draft");
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.othersDraft)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}", this.othersDraft)
			.param("title", "Taken over")
			.param("version", "0")
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.articles.findById(this.othersDraft).orElseThrow().getTitle()).isEqualTo("others-draft");
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void keepsPublishingFromAuthorsButLetsThemSubmitForReview() {
		assertThat(
				this.mvc.post().uri("/admin/articles/{id}/publish", this.ownDraft).param("version", "0").with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/articles/{id}/submit", this.ownDraft).param("version", "0").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.articles.findById(this.ownDraft).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft)).as("out of the author's hands")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void putsTheAuthorsOwnBylineOnANewArticle() {
		assertThat(this.mvc.post().uri("/admin/articles").param("title", "Fresh from the field").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		Article created = this.articles.findBySlug("fresh-from-the-field").orElseThrow();
		List<String> byline = this.transaction.execute((status) -> this.articles.findById(created.getId())
			.orElseThrow()
			.getAuthors()
			.stream()
			.map(Author::getSlug)
			.toList());
		assertThat(byline).containsExactly("writer-byline");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void letsAnEditorPublishAnyArticle() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.othersDraft)).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/publish", this.othersDraft)
			.param("version", "0")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.articles.findById(this.othersDraft).orElseThrow().getStatus())
			.isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void listsTheLatestPublishedArticlesNewestFirstOnTheDashboard() throws Exception {
		this.transaction.executeWithoutResult((status) -> {
			for (String slug : List.of("older-story", "newer-story", "future-story")) {
				Article article = this.articles.findById(draft(slug, this.authors.findAll().get(0))).orElseThrow();
				article.publishAt(Instant.now().plus(switch (slug) {
					case "older-story" -> Duration.ofDays(-2);
					case "newer-story" -> Duration.ofDays(-1);
					default -> Duration.ofDays(1);
				}));
			}
		});

		String dashboard = this.mvc.get().uri("/admin").exchange().getResponse().getContentAsString();

		assertThat(dashboard).contains("newer-story", "older-story");
		assertThat(dashboard.indexOf("newer-story")).isLessThan(dashboard.indexOf("older-story"));
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void refusesChangesWithoutTheCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/articles/{id}/publish", this.othersDraft).param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/articles").param("title", "No token")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void showsErrorsNextToTheFieldsAndKeepsWhatWasTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.param("title", "")
			.param("standfirst", "A standfirst worth keeping")
			.param("body", "<p>A body worth keeping</p>")
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"title-error\"", "A standfirst worth keeping", "A body worth keeping");
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.param("title", "Slugs")
			.param("slug", "Not A Slug!")
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"slug-error\"", "Use lowercase Latin letters");
		assertThat(
				this.mvc.post().uri("/admin/articles").param("title", "Taken").param("slug", "own-draft").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Another article already uses this slug.");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void answersAStaleSaveWithAConflictThatKeepsTheText() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}", this.othersDraft)
			.param("title", "My late title")
			.param("body", "<p>My careful paragraph</p>")
			.param("version", "99")
			.with(csrf())).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else saved this article", "My late title", "My careful paragraph");
		assertThat(this.articles.findById(this.othersDraft).orElseThrow().getTitle()).isEqualTo("others-draft");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void refusesASchedulingTimeInThePast() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/schedule", this.othersDraft)
			.param("version", "0")
			.param("at", "2001-01-01T10:00")
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsKey("scheduleError");
		assertThat(this.articles.findById(this.othersDraft).orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void answersAnUnknownArticleWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}", 999_999)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/articles/{id}/preview", 999_999)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void previewsOnlyForThoseWhoMayEdit() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}/preview", this.ownDraft)).hasStatusOk()
			.bodyText()
			.contains("Preview");
		assertThat(this.mvc.get().uri("/admin/articles/{id}/preview", this.othersDraft))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private long draft(String slug, Author author) {
		Article article = new Article(slug, slug);
		article.setAuthors(List.of(author));
		return this.articles.save(article).getId();
	}

}
