package org.dastan.admin.revision;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.revision.ArticleRevisions;
import org.dastan.core.html.HtmlSanitizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The revision pages with the real security rules and a real database: who may see the
 * history, who may restore, and that nothing an editor typed runs in the comparison.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RevisionControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ArticleRevisions revisions;

	@Autowired
	private HtmlSanitizer sanitizer;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private AuthorRepository authors;

	private long id;

	private int first;

	private int second;

	@BeforeEach
	void writeAnArticleTwice() {
		UserAccount account = this.users.findByUsername("author")
			.orElseGet(() -> this.users.save(new UserAccount("author", "Author", "{noop}x", Set.of(Role.AUTHOR))));
		Author byline = this.authors.findByUserId(account.getId()).orElseGet(() -> {
			Author created = new Author("author-byline", "Author Byline");
			created.setUserId(account.getId());
			return this.authors.save(created);
		});
		Article article = new Article("grain-" + System.nanoTime(), "Grain exports rise");
		article.creditTo(List.of(byline));
		article.writeBody(this.sanitizer.sanitize("<p>Wheat leaves Aktau by rail.</p>"));
		Article created = as("aigerim", () -> this.articles.save(article));
		this.id = created.getId();
		this.first = this.revisions.latestRevision(this.id).orElseThrow();
		created.retitle("Grain exports fall");
		created.writeBody(
				this.sanitizer.sanitize("<p>Wheat leaves Aktau by sea. &lt;script&gt;alert(1)&lt;/script&gt;</p>"));
		as("bolat", () -> this.articles.save(created));
		this.second = this.revisions.latestRevision(this.id).orElseThrow();
	}

	@AfterEach
	void deleteTheArticle() {
		this.articles.deleteById(this.id);
	}

	@Test
	void sendsAnonymousVisitorsToTheLogin() {
		assertThat(this.mvc.get().uri(history())).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
		assertThat(this.mvc.post().uri(restore(this.first)).with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	@Test
	@WithMockUser(username = "author", roles = "AUTHOR")
	void showsAnAuthorWhoSavedWhatAndWhenWithoutRestoreButtons() {
		assertThat(this.mvc.get().uri(history())).hasStatusOk()
			.bodyText()
			.contains("Revisions of “Grain exports fall”", "bolat", "aigerim", "Created", "Edited", "Draft")
			.contains("compare?from=" + this.first + "&amp;to=" + this.second)
			.doesNotContain("/restore", "??");
	}

	@Test
	@WithMockUser(username = "someone-else", roles = "AUTHOR")
	void keepsOtherAuthorsOutOfTheHistory() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}/revisions", this.id)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get()
			.uri("/admin/articles/{id}/revisions/compare", this.id)
			.param("from", String.valueOf(this.first))
			.param("to", String.valueOf(this.second))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void offersRestoreToEditorsAndAdminsForOlderRevisionsOnly() {
		assertThat(this.mvc.get().uri(history())).hasStatusOk()
			.bodyText()
			.contains(restore(this.first))
			.doesNotContain(restore(this.second));
	}

	@Test
	@WithMockUser(username = "author", roles = "AUTHOR")
	void refusesARestoreByAnAuthor() {
		assertThat(this.mvc.post().uri(restore(this.first)).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.articles.findById(this.id).orElseThrow().getTitle()).isEqualTo("Grain exports fall");
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void restoresForAnEditorAsANewRevisionAndSaysSo() {
		assertThat(this.mvc.post().uri(restore(this.first)).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(history())
			.flash()
			.containsEntry("flash", "admin.revisions.restored");

		Article article = this.articles.findById(this.id).orElseThrow();
		assertThat(article.getTitle()).isEqualTo("Grain exports rise");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(this.mvc.get().uri(history())).hasStatusOk()
			.bodyText()
			.contains("chief", "Restored revision " + this.first);
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void refusesARestoreWithoutCsrfToken() {
		assertThat(this.mvc.post().uri(restore(this.first))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.revisions.history(this.id)).hasSize(2);
	}

	@Test
	@WithMockUser(username = "author", roles = "AUTHOR")
	void comparesTwoRevisionsWithChangedWordsMarkedAndTextEscaped() {
		assertThat(this.mvc.get().uri(compare(this.first, this.second))).hasStatusOk()
			.bodyText()
			.contains("Changes from revision " + this.first + " to revision " + this.second)
			.contains("<span>rise</span></del>", "<span>fall</span></ins>", "<span>rail</span></del>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert", "??");
	}

	@Test
	@WithMockUser(username = "author", roles = "AUTHOR")
	void comparesRevisionsGivenNewestFirstTheRightWayRound() {
		assertThat(this.mvc.get().uri(compare(this.second, this.first))).hasStatusOk()
			.bodyText()
			.contains("Changes from revision " + this.first + " to revision " + this.second);
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void answersUnknownArticlesAndRevisionsWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}/revisions", this.id + 1000)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("This article or revision does not exist.");
		assertThat(this.mvc.get().uri(compare(this.first, this.second + 1000))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri(restore(this.second + 1000)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(username = "author", roles = "AUTHOR")
	void leadsMangledComparisonsBackToTheHistory() {
		assertThat(this.mvc.get().uri(history() + "/compare?from=abc&to=" + this.second)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(history())
			.flash()
			.containsEntry("revisionsNotice", "admin.revisions.choose-two");
		assertThat(this.mvc.get().uri(history() + "/compare?to=99999999999")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/articles/abc/revisions")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	// Saves as another user, leaving the test's own user (from @WithMockUser) in place.
	private static <T> T as(String username, Supplier<T> save) {
		SecurityContext testUser = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
		try {
			return save.get();
		}
		finally {
			SecurityContextHolder.setContext(testUser);
		}
	}

	private String history() {
		return "/admin/articles/" + this.id + "/revisions";
	}

	private String compare(int from, int to) {
		return history() + "/compare?from=" + from + "&to=" + to;
	}

	private String restore(int revision) {
		return history() + "/" + revision + "/restore";
	}

}
