package org.dastan.admin.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.admin.security.AdminWebMvcTest;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.IssuedPassword;
import org.dastan.core.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AdminWebMvcTest({ UserController.class, AccountController.class })
@Import(UserNavigation.class)
class UserControllerTest {

	private static final AccountView ZARINA = new AccountView(2, "zarina", "Zarina Editor", "zarina@example.com",
			Set.of(Role.EDITOR), true, false, false, 3);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private StaffAccounts accounts;

	@MockitoBean
	private UserSessions sessions;

	@BeforeEach
	void newsroom() {
		given(this.accounts.search(anyString(), any()))
			.willReturn(new PageImpl<>(List.of(ZARINA), PageRequest.of(0, 25), 1));
		given(this.accounts.find(2L)).willReturn(Optional.of(ZARINA));
		given(this.accounts.authorOf(2L)).willReturn(Optional.empty());
		given(this.accounts.authorChoices(any())).willReturn(List.of(new AuthorChoice(7, "Zarina K.")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/users/2" })
	@WithMockUser(roles = "EDITOR")
	void forbidsEditorsUserManagement(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/2", "/admin/users/2/disable", "/admin/users/2/enable",
			"/admin/users/2/unlock", "/admin/users/2/reset-password", "/admin/users/2/delete" })
	@WithMockUser(roles = { "AUTHOR", "EDITOR" })
	void forbidsAuthorsAndEditorsTheChanges(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("displayName", "X")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.accounts).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/2", "/admin/users/2/disable", "/admin/users/2/delete",
			"/admin/users/2/reset-password", "/admin/account/password", "/admin/account/sessions/end-others" })
	@WithMockUser(roles = "ADMIN")
	void refusesChangesWithoutTheCsrfToken(String action) {
		assertThat(this.mvc.post().uri(action).param("displayName", "X")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.accounts).shouldHaveNoInteractions();
		then(this.sessions).shouldHaveNoInteractions();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsAndSearchesUsersForAdmins() {
		assertThat(this.mvc.get().uri("/admin/users").param("q", " Zar ")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/users/2\"", "Zarina Editor", "zarina@example.com", "Editor", "Enabled")
			.contains("href=\"/admin/users\">Users</a>", "href=\"/admin/account\">My account</a>");
		then(this.accounts).should().search(org.mockito.ArgumentMatchers.eq("Zar"), any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsEditorsOnlyTheirAccountInTheNavigation() {
		given(this.sessions.list(any(), any())).willReturn(List.of());
		assertThat(this.mvc.get().uri("/admin/account")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/account\">My account</a>")
			.doesNotContain("href=\"/admin/users\"");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void createsAUserAndShowsTheOneTimePasswordOnce() {
		given(this.accounts.create(any())).willReturn(new IssuedPassword(5, "aigerim", "Xk3vR9pLm2QwZ8tHn4Jc"));

		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.param("username", "aigerim")
			.param("displayName", "Aigerim Bekova")
			.param("email", "aigerim@example.com")
			.param("roles", "EDITOR", "AUTHOR")
			.param("authorId", "7")).hasStatusOk().bodyText().contains("Xk3vR9pLm2QwZ8tHn4Jc", "aigerim");
		then(this.accounts).should()
			.create(new UserDraft("aigerim", "Aigerim Bekova", "aigerim@example.com", Set.of(Role.EDITOR, Role.AUTHOR),
					7L));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void bindsNoFieldTheFormDoesNotShow() {
		given(this.accounts.create(any())).willReturn(new IssuedPassword(5, "aigerim", "Xk3vR9pLm2QwZ8tHn4Jc"));

		this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.param("username", "aigerim")
			.param("displayName", "Aigerim")
			.param("roles", "AUTHOR")
			.param("id", "1")
			.param("enabled", "false")
			.param("passwordHash", "{noop}chosen-by-attacker")
			.param("mustChangePassword", "false")
			.param("version", "0")
			.exchange();
		then(this.accounts).should().create(new UserDraft("aigerim", "Aigerim", null, Set.of(Role.AUTHOR), null));

		this.mvc.post()
			.uri("/admin/users/2")
			.with(csrf())
			.param("username", "root")
			.param("displayName", "Zarina")
			.param("roles", "EDITOR")
			.param("version", "3")
			.param("id", "1")
			.param("enabled", "false")
			.param("passwordHash", "{noop}chosen-by-attacker")
			.exchange();
		then(this.accounts).should()
			.update(eq(2L), eq(3L), eq(new UserDraft("zarina", "Zarina", null, Set.of(Role.EDITOR), null)), any());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsErrorsNextToTheFieldsAndKeepsTheInput() {
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.param("username", "bad name!")
			.param("displayName", "Kept Name")
			.param("email", "not-an-email")).hasStatusOk()
			.bodyText()
			.contains("id=\"username-error\"", "id=\"email-error\"", "id=\"roles-error\"", "value=\"Kept Name\"");
		then(this.accounts).should(never()).create(any());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void explainsTheLastAdminRule() {
		willThrow(new RejectedEditException(null, "rule.user.last-admin")).given(this.accounts).disable(2L);

		assertThat(this.mvc.post().uri("/admin/users/2/disable").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("This is the last enabled admin");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersUnknownUsersWith404() {
		assertThat(this.mvc.get().uri("/admin/users/99")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/users/99/disable").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		then(this.accounts).should(never()).disable(anyLong());
	}

	@Test
	@WithMockUser(username = "zarina", roles = "AUTHOR")
	void changesOwnPasswordWithoutBindingAnythingElse() {
		assertThat(this.mvc.post()
			.uri("/admin/account/password")
			.with(csrf())
			.param("currentPassword", "old one-time password")
			.param("newPassword", "nine blue umbrellas sing")
			.param("confirmPassword", "nine blue umbrellas sing")
			.param("roles", "ADMIN")
			.param("username", "admin")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		then(this.accounts).should()
			.changeOwnPassword(org.mockito.ArgumentMatchers.eq("zarina"),
					org.mockito.ArgumentMatchers.eq("old one-time password"),
					org.mockito.ArgumentMatchers.eq("nine blue umbrellas sing"), any());
	}

	@Test
	@WithMockUser(username = "zarina", roles = "AUTHOR")
	void refusesMismatchedNewPasswordsWithoutEchoingThem() {
		assertThat(this.mvc.post()
			.uri("/admin/account/password")
			.with(csrf())
			.param("currentPassword", "old one-time password")
			.param("newPassword", "nine blue umbrellas sing")
			.param("confirmPassword", "nine blue umbrellas")).hasStatusOk()
			.bodyText()
			.contains("id=\"confirmPassword-error\"", "The two new passwords differ")
			.doesNotContain("nine blue umbrellas", "old one-time password");
		then(this.accounts).shouldHaveNoInteractions();
	}

}
