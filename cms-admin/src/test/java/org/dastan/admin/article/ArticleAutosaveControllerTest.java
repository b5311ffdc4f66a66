package org.dastan.admin.article;

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

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The autosave routes: they keep the form as typed for whoever may edit the article, need
 * the CSRF token, refuse what a save would refuse as too long, and the editor page offers
 * the autosave back until a real save or a discard.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ArticleAutosaveControllerTest {

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
		DeskFixture desk = new DeskFixture(this.transaction, this.articles, this.authors, this.users);
		DeskFixture.Drafts drafts = desk.reset();
		desk.account("editor", Role.EDITOR);
		this.ownDraft = drafts.own();
		this.othersDraft = drafts.others();
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void keepsTheFormAsTypedAndOffersItBackOnTheEditorPage() {
		assertOffersNothing("/admin/articles/" + this.ownDraft);

		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/autosave", this.ownDraft)
			.param("title", "Half a headline")
			.param("body", "<p>A paragraph in progress</p><script>alert(1)</script>")
			.param("tags", "Water, Energy")
			.with(csrf())).hasStatusOk().bodyJson().extractingPath("$.savedAt").isNotNull();

		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.ownDraft)).hasStatusOk()
			.bodyText()
			.contains("data-offer=", "Half a headline", "A paragraph in progress", "Water, Energy")
			.doesNotContain("alert(1)");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void keepsANewArticleWithoutATitleYetAndDropsItOnceCreated() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/new/autosave")
			.param("title", "")
			.param("standfirst", "A standfirst before the title")
			.with(csrf())).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/articles/new")).hasStatusOk()
			.bodyText()
			.contains("A standfirst before the title");

		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.param("title", "Now with a title")
			.param("standfirst", "A standfirst before the title")
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		assertOffersNothing("/admin/articles/new");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void isGoneAfterARealSave() {
		keep(this.othersDraft, "Unsaved title");

		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}", this.othersDraft)
			.param("title", "Saved title")
			.param("version", "0")
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		assertOffersNothing("/admin/articles/" + this.othersDraft);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void isGoneWhenDiscarded() {
		keep(this.othersDraft, "Unsaved title");

		assertThat(this.mvc.delete().uri("/admin/articles/{id}/autosave", this.othersDraft).with(csrf()))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertOffersNothing("/admin/articles/" + this.othersDraft);
	}

	@Test
	@WithMockUser(username = "writer", roles = "AUTHOR")
	void refusesAnAuthorOnSomeoneElsesArticle() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/autosave", this.othersDraft)
			.param("title", "Taken over")
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.delete().uri("/admin/articles/{id}/autosave", this.othersDraft).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void refusesWhatASaveWouldRefuseAsTooLongOrMalformed() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/autosave", this.othersDraft)
			.param("title", "x".repeat(201))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/autosave", this.othersDraft)
			.param("body", "x".repeat(500_001))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/autosave", this.othersDraft)
			.param("sectionId", "kazakhstan")
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void refusesWithoutTheCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/articles/{id}/autosave", this.othersDraft).param("title", "No token"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void sendsAnonymousVisitorsAway() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}/autosave", this.othersDraft)
			.param("title", "Anonymous")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void sendsAFormFromAnEndedSessionToLogInNotToAnErrorPage() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/{id}", this.othersDraft)
			.param("title", "Typed before the session ended")
			.param("_csrf", "a token from the ended session")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	private void keep(long id, String title) {
		assertThat(this.mvc.post().uri("/admin/articles/{id}/autosave", id).param("title", title).with(csrf()))
			.hasStatusOk();
	}

	private void assertOffersNothing(String editorPage) {
		assertThat(this.mvc.get().uri(editorPage)).hasStatusOk().bodyText().doesNotContain("data-offer");
	}

}
