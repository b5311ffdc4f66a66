package org.dastan.admin.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sessions as users meet them, through the real filter chain and Spring Session's tables:
 * renewed at login and password change, ended at logout, disable and on the user's own
 * request, with hardened cookies.
 */
@SpringBootTest(properties = "dastan.admin.password=" + SessionLifecycleTest.PASSWORD)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionLifecycleTest {

	static final String PASSWORD = "session lifecycle admin password";

	private static final String ZARINA_PASSWORD = "zarina keeps a strong passphrase";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeZarina() {
		this.users.findByUsername("zarina").ifPresent(this.users::delete);
		this.jdbc.sql("delete from spring_session").update();
	}

	@Test
	void givesANewSessionIdAtLoginAndStoresItInTheDatabase() {
		MvcTestResult loginPage = this.mvc.get().uri("/admin/login").exchange();
		Cookie before = loginPage.getResponse().getCookie("SESSION");
		assertThat(before).as("the login page opens a session for its CSRF token").isNotNull();

		MvcTestResult login = this.mvc.post()
			.uri("/admin/login")
			.cookie(before)
			.param("username", "admin")
			.param("password", PASSWORD)
			.with(csrf())
			.exchange();

		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(this.mvc.get().uri("/admin").cookie(before)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin").cookie(after)).hasStatusOk();
		assertThat(sessionsOf("admin")).isEqualTo(1);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'admin'")
			.query(Integer.class)
			.single()).as("idle timeout in seconds").isEqualTo(30 * 60);
	}

	@Test
	void readersOfThePublicSiteGetNoSession() {
		assertThat(this.mvc.get().uri("/").exchange().getResponse().getCookie("SESSION")).isNull();
		assertThat(this.mvc.get().uri("/search").param("q", "rates").exchange().getResponse().getCookie("SESSION"))
			.isNull();
		assertThat(this.jdbc.sql("select count(*) from spring_session").query(Integer.class).single()).isZero();
	}

	@Test
	void logoutEndsTheSession() {
		Cookie session = logIn("admin", PASSWORD);

		assertThat(this.mvc.post().uri("/admin/logout").cookie(session).with(csrf()))
			.hasRedirectedUrl("/admin/login?logout");

		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(sessionsOf("admin")).isZero();
	}

	@Test
	void disablingAUserEndsTheirSessionsAtOnce() {
		long zarina = zarina(false);
		Cookie zarinaSession = logIn("zarina", ZARINA_PASSWORD);
		assertThat(this.mvc.get().uri("/admin").cookie(zarinaSession)).hasStatusOk();
		Cookie admin = logIn("admin", PASSWORD);

		assertThat(this.mvc.post().uri("/admin/users/" + zarina + "/disable").cookie(admin).with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/admin").cookie(zarinaSession)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(sessionsOf("zarina")).isZero();
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", "zarina")
			.param("password", ZARINA_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void changingAUsersRolesEndsTheirSessionsAtOnce() {
		long zarina = zarina(Role.EDITOR);
		Cookie zarinaSession = logIn("zarina", ZARINA_PASSWORD);
		assertThat(this.mvc.get().uri("/admin/tags").cookie(zarinaSession)).hasStatusOk();
		Cookie admin = logIn("admin", PASSWORD);

		assertThat(changeRoles(admin, zarina, "AUTHOR")).hasRedirectedUrl("/admin/users/" + zarina);

		assertThat(this.mvc.get().uri("/admin/tags").cookie(zarinaSession)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(this.mvc.post().uri("/admin/tags").cookie(zarinaSession).with(csrf()).param("name", "Sneaked in"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(sessionsOf("zarina")).isZero();
		assertThat(this.mvc.get().uri("/admin/users").cookie(admin)).as("the admin's own session stays").hasStatusOk();
		Cookie again = logIn("zarina", ZARINA_PASSWORD);
		assertThat(this.mvc.get().uri("/admin/tags").cookie(again)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anAdminMadeAuthorLosesTheUserPagesAtOnce() {
		long zarina = zarina(Role.ADMIN);
		Cookie zarinaSession = logIn("zarina", ZARINA_PASSWORD);
		assertThat(this.mvc.get().uri("/admin/users").cookie(zarinaSession)).hasStatusOk();
		Cookie admin = logIn("admin", PASSWORD);

		changeRoles(admin, zarina, "AUTHOR");

		assertThat(this.mvc.get().uri("/admin/users").cookie(zarinaSession)).hasStatus(HttpStatus.FOUND);
		assertThat(sessionsOf("zarina")).isZero();
	}

	@Test
	void anAdminWhoChangesTheirOwnRolesLogsInAgain() {
		long zarina = zarina(Role.ADMIN);
		Cookie zarinaSession = logIn("zarina", ZARINA_PASSWORD);

		assertThat(changeRoles(zarinaSession, zarina, "EDITOR")).hasRedirectedUrl("/admin/login");

		assertThat(this.mvc.get().uri("/admin/users").cookie(zarinaSession)).hasStatus(HttpStatus.FOUND);
		assertThat(sessionsOf("zarina")).isZero();
	}

	private long zarina(Role role) {
		long zarina = zarina(false);
		UserAccount account = this.users.findById(zarina).orElseThrow();
		account.setRoles(Set.of(role));
		this.users.save(account);
		return zarina;
	}

	private MvcTestResult changeRoles(Cookie session, long id, String role) {
		return this.mvc.post()
			.uri("/admin/users/" + id)
			.cookie(session)
			.with(csrf())
			.param("displayName", "Zarina")
			.param("roles", role)
			.param("version", String.valueOf(this.users.findById(id).orElseThrow().getVersion()))
			.exchange();
	}

	@Test
	void changingThePasswordEndsOtherSessionsAndRenewsThisOne() {
		zarina(false);
		Cookie elsewhere = logIn("zarina", ZARINA_PASSWORD);
		Cookie here = logIn("zarina", ZARINA_PASSWORD);

		MvcTestResult change = this.mvc.post()
			.uri("/admin/account/password")
			.cookie(here)
			.with(csrf())
			.param("currentPassword", ZARINA_PASSWORD)
			.param("newPassword", "nine blue umbrellas sing softly")
			.param("confirmPassword", "nine blue umbrellas sing softly")
			.exchange();

		assertThat(change).hasRedirectedUrl("/admin");
		Cookie renewed = change.getResponse().getCookie("SESSION");
		assertThat(renewed.getValue()).isNotEqualTo(here.getValue());
		assertThat(this.mvc.get().uri("/admin").cookie(renewed)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin").cookie(here)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin").cookie(elsewhere)).hasStatus(HttpStatus.FOUND);
		assertThat(sessionsOf("zarina")).isEqualTo(1);
	}

	@Test
	void sendsAUserWithAOneTimePasswordToChangeItFirst() {
		zarina(true);
		Cookie session = logIn("zarina", ZARINA_PASSWORD);

		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasRedirectedUrl("/admin/account/password");
		assertThat(this.mvc.get().uri("/admin/articles").cookie(session)).hasRedirectedUrl("/admin/account/password");
		assertThat(this.mvc.get().uri("/admin/account/password").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Choose your own password");

		MvcTestResult change = this.mvc.post()
			.uri("/admin/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", ZARINA_PASSWORD)
			.param("newPassword", "nine blue umbrellas sing softly")
			.param("confirmPassword", "nine blue umbrellas sing softly")
			.exchange();
		Cookie renewed = change.getResponse().getCookie("SESSION");

		assertThat(this.mvc.get().uri("/admin/articles").cookie(renewed)).hasStatusOk();
		assertThat(this.users.findByUsername("zarina").orElseThrow().isMustChangePassword()).isFalse();
	}

	@Test
	void listsOwnSessionsAndEndsOthers() throws Exception {
		zarina(false);
		Cookie elsewhere = logIn("zarina", ZARINA_PASSWORD);
		Cookie here = logIn("zarina", ZARINA_PASSWORD);
		this.mvc.get().uri("/admin").cookie(elsewhere).header("User-Agent", "Other Browser/1.0").exchange();

		assertThat(this.mvc.get().uri("/admin/account").cookie(here)).hasStatusOk()
			.bodyText()
			.contains("This session", "Other Browser/1.0");

		String page = this.mvc.get().uri("/admin/account").cookie(here).exchange().getResponse().getContentAsString();
		assertThat(page).as("session ids stay in the HttpOnly cookie").doesNotContain(sessionId(here));
		this.mvc.post()
			.uri("/admin/account/sessions/" + UserSessions.reference(sessionId(elsewhere)) + "/end")
			.cookie(here)
			.with(csrf())
			.exchange();
		assertThat(this.mvc.get().uri("/admin").cookie(elsewhere)).hasStatus(HttpStatus.FOUND);
		Cookie third = logIn("zarina", ZARINA_PASSWORD);

		this.mvc.post().uri("/admin/account/sessions/end-others").cookie(here).with(csrf()).exchange();

		assertThat(this.mvc.get().uri("/admin").cookie(third)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin").cookie(here)).hasStatusOk();
	}

	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	@Test
	void anAuthorCannotGiveThemselvesRolesThroughTheirAccountForms() {
		zarina(false);
		Cookie session = logIn("zarina", ZARINA_PASSWORD);

		MvcTestResult change = this.mvc.post()
			.uri("/admin/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", ZARINA_PASSWORD)
			.param("newPassword", "nine blue umbrellas sing softly")
			.param("confirmPassword", "nine blue umbrellas sing softly")
			.param("roles", "ADMIN")
			.param("enabled", "true")
			.param("username", "admin")
			.exchange();

		assertThat(change).hasRedirectedUrl("/admin");
		assertThat(this.users.findByUsername("zarina").orElseThrow().getRoles()).containsExactly(Role.AUTHOR);
		assertThat(this.users.findByUsername("admin").orElseThrow().getPasswordHash())
			.satisfies((hash) -> assertThat(this.encoder.matches("nine blue umbrellas sing softly", hash)).isFalse());
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.cookie(change.getResponse().getCookie("SESSION"))
			.with(csrf())
			.param("username", "x")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private long zarina(boolean oneTimePassword) {
		UserAccount zarina = new UserAccount("zarina", "Zarina", this.encoder.encode(ZARINA_PASSWORD),
				Set.of(Role.AUTHOR));
		if (oneTimePassword) {
			zarina.setOneTimePassword(zarina.getPasswordHash());
		}
		return this.users.save(zarina).getId();
	}

	private Cookie logIn(String username, String password) {
		MvcTestResult login = this.mvc.post()
			.uri("/admin/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		return login.getResponse().getCookie("SESSION");
	}

	private int sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single();
	}

}
