package org.dastan.admin.article;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The article desk's routes for each kind of visitor: anonymous visitors are sent to log
 * in, authors edit only their own drafts and cannot publish, editors do everything; every
 * change needs the CSRF token; bad input comes back with the message next to the field
 * and nothing lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
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
		DeskFixture.Drafts drafts = desk().reset();
		this.ownDraft = drafts.own();
		this.othersDraft = drafts.others();
	}

	@Test
	void sendsAnonymousVisitorsToLogIn() {
		assertThat(this.mvc.get().uri("/admin/articles")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}", this.ownDraft)
			.param("title", "own-draft")
			.param("version", "0")
			.param("action", "PUBLISH")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
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
		assertThat(save(this.ownDraft, "PUBLISH").param("title", "own-draft")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.articles.findById(this.ownDraft).orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(save(this.ownDraft, "SUBMIT").param("title", "Ready for the desk")).as("back to the list, not a 403")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/articles")
			.flash()
			.containsEntry("flash", "admin.articles.submitted");
		Article submitted = this.articles.findById(this.ownDraft).orElseThrow();
		assertThat(submitted.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(submitted.getTitle()).as("saved in the same step").isEqualTo("Ready for the desk");
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
		assertThat(save(this.othersDraft, "PUBLISH").param("title", "Typed, then published"))
			.hasStatus(HttpStatus.FOUND);
		Article published = this.articles.findById(this.othersDraft).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.getTitle()).isEqualTo("Typed, then published");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void listsTheLatestPublishedArticlesNewestFirstOnTheDashboard() throws Exception {
		this.transaction.executeWithoutResult((status) -> {
			for (String slug : List.of("older-story", "newer-story", "future-story")) {
				Article article = this.articles.findById(draft(slug, this.authors.findAll().get(0))).orElseThrow();
				Instant now = Instant.now();
				switch (slug) {
					case "older-story" -> article.publish(now.minus(Duration.ofDays(2)));
					case "newer-story" -> article.publish(now.minus(Duration.ofDays(1)));
					default -> article.schedule(now.plus(Duration.ofDays(1)), now);
				}
			}
		});

		String dashboard = this.mvc.get().uri("/admin").exchange().getResponse().getContentAsString();

		assertThat(dashboard).contains("newer-story", "older-story");
		assertThat(dashboard.indexOf("newer-story")).isLessThan(dashboard.indexOf("older-story"));
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void showsAnAuthorTheDraftsOfTheirOwnBylineOnTheDashboard() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("own-draft")
			.doesNotContain("others-draft");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void refusesChangesWithoutTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}", this.othersDraft)
			.param("title", "No token")
			.param("version", "0")
			.param("action", "PUBLISH")).hasStatus(HttpStatus.FORBIDDEN);
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
			.contains("The address \u201cown-draft\u201d is already in use.");
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
	void refusesASchedulingTimeInThePastNextToTheFieldKeepingTheText() {
		assertThat(save(this.othersDraft, "SCHEDULE").param("title", "A title worth keeping")
			.param("seoTitle", "An SEO title worth keeping")
			.param("publishAt", "2001-01-01T10:00")).hasStatusOk()
			.bodyText()
			.contains("id=\"publishAt-error\"", "Pick a date and time in the future.", "A title worth keeping",
					"An SEO title worth keeping", "2001-01-01T10:00");
		Article article = this.articles.findById(this.othersDraft).orElseThrow();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getSeoTitle()).as("nothing saved when the step is refused").isNull();
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void schedulesWhatWasTypedInTheSameStep() {
		String later = LocalDateTime.now(ZoneId.of("Asia/Almaty")).plusDays(2).withSecond(0).withNano(0).toString();
		assertThat(save(this.othersDraft, "SCHEDULE").param("title", "others-draft")
			.param("seoTitle", "Typed before scheduling")
			.param("publishAt", later)).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "admin.articles.scheduled");
		Article article = this.articles.findById(this.othersDraft).orElseThrow();
		assertThat(article.getSeoTitle()).isEqualTo("Typed before scheduling");
		assertThat(article.isScheduledAt(Instant.now())).isTrue();
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void answersAWrongStateTransitionWithTheFormAndAMessageNotAnError(CapturedOutput output) {
		this.transaction.executeWithoutResult(
				(status) -> this.articles.findById(this.othersDraft).orElseThrow().publish(Instant.now()));
		assertThat(save(this.othersDraft, "SUBMIT").param("title", "Typed on a published article")).hasStatusOk()
			.bodyText()
			.contains("Only a draft can be submitted for review", "Typed on a published article");
		assertThat(save(this.othersDraft, "PUBLISH").param("title", "others-draft")).hasStatusOk()
			.bodyText()
			.contains("This article is already published.");
		assertThat(save(this.othersDraft, "SEND_BACK").param("title", "others-draft").param("note", "Why?"))
			.hasStatusOk()
			.bodyText()
			.contains("Only an article in review can be sent back");
		assertThat(this.articles.findById(this.othersDraft).orElseThrow().getTitle()).isEqualTo("others-draft");
		assertThat(output.getAll()).doesNotContainPattern("Z\\s+ERROR\\s");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void answersUnpublishingADraftAndArchivingTwiceWithAMessage(CapturedOutput output) {
		assertThat(save(this.othersDraft, "UNPUBLISH").param("title", "Typed on a draft")).hasStatusOk()
			.bodyText()
			.contains("Only a published or scheduled article can be taken off the site.", "Typed on a draft");
		assertThat(save(this.othersDraft, "ARCHIVE").param("title", "others-draft")).hasStatus(HttpStatus.FOUND);
		assertThat(save(this.othersDraft, "ARCHIVE").param("title", "Archived twice")).hasStatusOk()
			.bodyText()
			.contains("This article is already in the archive.");
		Article article = this.articles.findById(this.othersDraft).orElseThrow();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.ARCHIVED);
		assertThat(article.getTitle()).isEqualTo("others-draft");
		assertThat(output.getAll()).doesNotContainPattern("Z\\s+ERROR\\s");
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void keepsTheReportersOwnBylineOnTheirDraft() {
		long other = this.authors.findBySlug("other-byline").orElseThrow().getId();
		assertThat(save(this.ownDraft, "SAVE").param("title", "own-draft").param("authorIds[0]", String.valueOf(other)))
			.hasStatus(HttpStatus.FOUND);
		assertThat(bylineOf(this.ownDraft)).containsExactly("writer-byline", "other-byline");
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft)).as("still theirs").hasStatusOk();
	}

	@Test
	void sendsBackWithANoteThatTheReporterSees() {
		this.transaction.executeWithoutResult((status) -> this.articles.findById(this.ownDraft).orElseThrow().submit());
		RequestPostProcessor editor = user("editor").roles("EDITOR");
		assertThat(save(this.ownDraft, "SEND_BACK").with(editor).param("title", "own-draft").param("note", " "))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"note-error\"", "Write the note first");
		assertThat(this.articles.findById(this.ownDraft).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(save(this.ownDraft, "SEND_BACK").with(editor)
			.param("title", "own-draft")
			.param("authorIds[0]", String.valueOf(this.authors.findBySlug("writer-byline").orElseThrow().getId()))
			.param("note", "Please name the second source.")).hasStatus(HttpStatus.FOUND);
		assertThat(this.articles.findById(this.ownDraft).orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);

		RequestPostProcessor writer = user("writer").roles("AUTHOR");
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft).with(writer)).hasStatusOk()
			.bodyText()
			.contains("An editor sent this article back to you", "Please name the second source.");
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void listsStaffNotesNewestFirstWithTheirAuthor() throws Exception {
		assertThat(save(this.ownDraft, "ADD_NOTE").param("title", "own-draft").param("note", "First note"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(save(this.ownDraft, "ADD_NOTE").param("title", "own-draft").param("note", "Second note"))
			.hasStatus(HttpStatus.FOUND);
		String page = this.mvc.get()
			.uri("/admin/articles/{id}", this.ownDraft)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Writer, ");
		assertThat(page.indexOf("Second note")).isPositive().isLessThan(page.indexOf("First note"));
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void letsAReporterDeleteTheirOwnDraftAfterConfirming() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}/delete", this.ownDraft)).hasStatusOk()
			.bodyText()
			.contains("Delete this article?", "Yes, delete the article");
		assertThat(
				this.mvc.post().uri("/admin/articles/{id}/delete", this.othersDraft).param("version", "0").with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/articles/{id}/delete", this.ownDraft).param("version", "0").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/articles");
		assertThat(this.articles.existsById(this.ownDraft)).isFalse();
		assertThat(this.articles.existsById(this.othersDraft)).isTrue();
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void refusesToDeleteAPublishedArticle() {
		this.transaction.executeWithoutResult(
				(status) -> this.articles.findById(this.othersDraft).orElseThrow().publish(Instant.now()));
		assertThat(
				this.mvc.post().uri("/admin/articles/{id}/delete", this.othersDraft).param("version", "1").with(csrf()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("A published or scheduled article cannot be deleted");
		assertThat(this.articles.existsById(this.othersDraft)).isTrue();
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void createsOneArticleFromAFormSubmittedTwice() {
		String first = this.mvc.post()
			.uri("/admin/articles")
			.param("title", "Submitted twice")
			.param("formToken", "token-1")
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.param("title", "Submitted twice")
			.param("formToken", "token-1")
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(first);
		assertThat(this.articles.findAll()).extracting(Article::getTitle).containsOnlyOnce("Submitted twice");
		assertThat(this.articles.findBySlug("submitted-twice-2")).isEmpty();
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void letsAnEditorPublishANewArticleDirectly() {
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.param("title", "Straight to the site")
			.param("action", "PUBLISH")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.articles.findBySlug("straight-to-the-site").orElseThrow().getStatus())
			.isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void explainsTheSchedulingTimeZoneWithItsApostrophe() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.othersDraft)).hasStatusOk()
			.bodyText()
			.contains("Times are in the newsroom&#39;s time zone, Asia/")
			.doesNotContain("time zone, {0}");
	}

	private DeskFixture desk() {
		return new DeskFixture(this.transaction, this.articles, this.authors, this.users);
	}

	private long draft(String slug, Author author) {
		return desk().draft(slug, author);
	}

	private List<String> bylineOf(long id) {
		return this.transaction.execute((status) -> this.articles.findById(id)
			.orElseThrow()
			.getAuthors()
			.stream()
			.map(Author::getSlug)
			.toList());
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

	private MockMvcTester.MockMvcRequestBuilder save(long id, String action) {
		return this.mvc.post()
			.uri("/admin/articles/{id}", id)
			.param("version", String.valueOf(this.articles.findById(id).orElseThrow().getVersion()))
			.param("action", action)
			.with(csrf());
	}

}
