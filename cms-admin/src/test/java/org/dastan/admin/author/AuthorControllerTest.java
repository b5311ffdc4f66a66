package org.dastan.admin.author;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.admin.security.AdminWebMvcTest;
import org.dastan.core.author.AccountChoice;
import org.dastan.core.author.AuthorDraft;
import org.dastan.core.author.AuthorService;
import org.dastan.core.author.AuthorSummary;
import org.dastan.core.author.AuthorView;
import org.dastan.core.author.PhotoChoice;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AdminWebMvcTest(AuthorController.class)
@Import(AuthorNavigation.class)
class AuthorControllerTest {

	private static final AuthorSummary DANIEL = new AuthorSummary(1, "daniel-hughes", "Daniel Hughes",
			"Regional editor", "daniel.jpg", "daniel", true, 3);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AuthorService authors;

	@BeforeEach
	void newsroom() {
		AuthorView daniel = new AuthorView(1, "Daniel Hughes", "daniel-hughes", "Regional editor", null, 7L, 9L, 4);
		given(this.authors.list()).willReturn(
				List.of(DANIEL, new AuthorSummary(2, "guest-writer", "Guest Writer", null, null, null, false, 0)));
		given(this.authors.find(1L)).willReturn(Optional.of(daniel));
		given(this.authors.summary(1L)).willReturn(DANIEL);
		given(this.authors.photoChoices(any()))
			.willReturn(List.of(new PhotoChoice(7, "Daniel Hughes in the newsroom", "daniel.jpg")));
		given(this.authors.accountChoices(any())).willReturn(List.of(new AccountChoice(9, "daniel", "Daniel H.")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/authors", "/admin/authors/new", "/admin/authors/1" })
	void sendsAnonymousVisitorsToTheLoginPage(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/authors", "/admin/authors/1", "/admin/authors/1/deactivate",
			"/admin/authors/1/reactivate", "/admin/authors/1/delete" })
	void sendsAnonymousChangesToTheLoginPage(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("name", "X")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		then(this.authors).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/authors", "/admin/authors/new", "/admin/authors/1" })
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsThePages(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/authors", "/admin/authors/1", "/admin/authors/1/deactivate",
			"/admin/authors/1/reactivate", "/admin/authors/1/delete" })
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsTheChanges(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("name", "X")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.authors).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/authors", "/admin/authors/1", "/admin/authors/1/deactivate",
			"/admin/authors/1/reactivate", "/admin/authors/1/delete" })
	@WithMockUser(roles = "EDITOR")
	void refusesChangesWithoutTheCsrfToken(String action) {
		assertThat(this.mvc.post().uri(action).param("name", "X")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.authors).shouldHaveNoInteractions();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void listsAuthorsWithTheirArticleCountsAndStatus() {
		assertThat(this.mvc.get().uri("/admin/authors")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/authors/1\"", "Daniel Hughes", "Regional editor", "/authors/daniel-hughes")
			.contains("<td class=\"text-end\">3</td>", "Active", "Inactive", "No account")
			.contains("href=\"/admin/authors\">Authors</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/authors", "/admin/authors/new", "/admin/authors/1" })
	@WithMockUser(roles = "ADMIN")
	void letsAdminsInThroughTheRoleHierarchy(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatusOk();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsTheFormWithPhotoAndAccountChoices() {
		assertThat(this.mvc.get().uri("/admin/authors/1")).hasStatusOk()
			.bodyText()
			.contains("value=\"Daniel Hughes\"", "value=\"Regional editor\"", "name=\"version\" value=\"4\"")
			.contains("Daniel Hughes in the newsroom", "daniel (Daniel H.)")
			.contains("<option value=\"7\" data-src=\"/media/daniel.jpg\" selected=\"selected\">")
			.contains("<option value=\"9\" selected=\"selected\">daniel (Daniel H.)</option>")
			.contains("action=\"/admin/authors/1/deactivate\"", "action=\"/admin/authors/1/delete\"")
			.contains("name=\"_csrf\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void answersAnUnknownAuthorWithNotFound() {
		given(this.authors.find(5L)).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/admin/authors/5")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void createsAnAuthorAndSaysSo() {
		assertThat(this.mvc.post()
			.uri("/admin/authors")
			.with(csrf())
			.param("name", "Aigerim Bekova")
			.param("slug", "")
			.param("jobTitle", "Correspondent")
			.param("bio", "Covers Almaty.")
			.param("photoId", "7")
			.param("userId", "")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/authors")
			.flash()
			.containsEntry("flash", "admin.authors.created");
		then(this.authors).should()
			.create(new AuthorDraft("Aigerim Bekova", "", "Correspondent", "Covers Almaty.", 7L, null));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsEverythingTypedAndShowsErrorsNextToTheFields() {
		assertThat(this.mvc.post()
			.uri("/admin/authors")
			.with(csrf())
			.param("name", " ")
			.param("jobTitle", "J".repeat(121))
			.param("bio", "Twenty years on the Caspian beat.")
			.param("photoId", "7")).hasStatusOk()
			.bodyText()
			.contains("<div class=\"invalid-feedback\" id=\"name-error\">Fill this in.</div>")
			.contains("<div class=\"invalid-feedback\" id=\"jobTitle-error\">Use at most 120 characters.</div>")
			.contains("aria-invalid=\"true\"", "value=\"" + "J".repeat(121) + "\"")
			.contains(">Twenty years on the Caspian beat.</textarea>")
			.contains("<option value=\"7\" data-src=\"/media/daniel.jpg\" selected=\"selected\">");
		then(this.authors).should(never()).create(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsErrorsInRussianToRussianEditors() {
		assertThat(this.mvc.post().uri("/admin/authors").with(csrf()).header("Accept-Language", "ru").param("name", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Заполните это поле.");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsARuleTheServiceEnforcedNextToItsField() {
		given(this.authors.create(any()))
			.willThrow(new RejectedEditException("slug", "rule.slug.taken", "daniel-hughes"));

		assertThat(this.mvc.post()
			.uri("/admin/authors")
			.with(csrf())
			.param("name", "Daniel Hughes")
			.param("slug", "daniel-hughes")
			.param("bio", "A second Daniel.")).hasStatusOk()
			.bodyText()
			.contains("id=\"slug-error\">The address “daniel-hughes” is already in use.")
			.contains(">A second Daniel.</textarea>");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void savesAnAuthorBasedOnTheVersionTheEditorSaw() {
		assertThat(this.mvc.post()
			.uri("/admin/authors/1")
			.with(csrf())
			.param("name", "Daniel Hughes")
			.param("version", "4")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/authors")
			.flash()
			.containsEntry("flash", "admin.authors.saved");
		then(this.authors).should().update(1L, 4L, new AuthorDraft("Daniel Hughes", null, null, null, null, null));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesAStaleSaveAndKeepsTheEditorsText() {
		willThrow(new StaleEditException(5)).given(this.authors).update(anyLong(), anyLong(), any());

		assertThat(this.mvc.post()
			.uri("/admin/authors/1")
			.with(csrf())
			.param("name", "Dan Hughes")
			.param("bio", "My careful rewrite.")
			.param("version", "4")).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this while you were editing.")
			.contains("value=\"Dan Hughes\"", ">My careful rewrite.</textarea>")
			.contains("name=\"version\" value=\"5\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void deactivatesAndReactivatesThroughPosts() {
		assertThat(this.mvc.post().uri("/admin/authors/1/deactivate").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/authors")
			.flash()
			.containsEntry("flash", "admin.authors.deactivated");
		assertThat(this.mvc.post().uri("/admin/authors/1/reactivate").with(csrf())).hasStatus(HttpStatus.FOUND);
		then(this.authors).should().deactivate(1L);
		then(this.authors).should().reactivate(1L);
		assertThat(this.mvc.get().uri("/admin/authors/1/deactivate")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void deletesAnAuthorWithoutArticles() {
		assertThat(this.mvc.post().uri("/admin/authors/2/delete").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/authors")
			.flash()
			.containsEntry("flash", "admin.authors.deleted");
		then(this.authors).should().delete(2L);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void explainsWhyAnAuthorWithArticlesIsNotDeleted() {
		willThrow(new RejectedEditException(null, "rule.author.has-articles", "Daniel Hughes", 3L)).given(this.authors)
			.delete(1L);

		assertThat(this.mvc.post().uri("/admin/authors/1/delete").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Daniel Hughes is on bylines (articles: 3), so they cannot be deleted. Deactivate them instead")
			.contains("value=\"Daniel Hughes\"");
	}

}
