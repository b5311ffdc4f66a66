package org.dastan.admin.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.admin.security.MovableClock;
import org.dastan.admin.security.SessionCookie;
import org.dastan.admin.security.StaffLogins;
import org.dastan.core.audit.AuditEntryView;
import org.dastan.core.audit.AuditFilter;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dastan.admin.security.StaffLogins.PASSWORD;
import static org.dastan.admin.security.StaffLogins.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MovableClock.Config.class, StaffLogins.class })
class TwoFactorLoginTest {

	private static final String WRONG_CODE = "That code is not right";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private MovableClock clock;

	@Autowired
	private AuditLog audit;

	@Autowired
	private StaffLogins logins;

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Autowired
	private PasswordEncoder encoder;

	private TwoFactorSteps app;

	private String username;

	@BeforeEach
	void setUp() {
		this.app = new TwoFactorSteps(this.mvc, this.clock);
		this.username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.create(this.username, Role.EDITOR);
	}

	private SessionCookie login() {
		MvcTestResult login = this.logins.login(this.username, PASSWORD, "10.8.0.1");
		assertThat(login).hasRedirectedUrl("/admin");
		return session(login);
	}

	private TwoFactorSteps.Enrolled enrol() {
		SessionCookie session = login();
		TwoFactorSteps.Enrolled enrolled = this.app.enrol(session);
		assertThat(this.mvc.get().uri("/admin").with(session)).hasStatusOk();
		// The next login gets a code of a later time step: each code works once.
		this.clock.move(Duration.ofSeconds(30));
		return enrolled;
	}

	@Test
	void refusesAWrongCodeAtEnrolment() {
		SessionCookie session = login();
		String secret = this.app.openEnrolment(session);
		assertThat(this.app.post("/admin/account/two-factor", session, this.app.wrongCode(secret))).hasStatusOk()
			.bodyText()
			.contains(WRONG_CODE)
			.doesNotContain("Your recovery codes");
		assertThat(this.users.findByUsername(this.username).orElseThrow().hasTwoFactor()).isFalse();
	}

	@Test
	void asksEnrolledUsersForACodeBeforeAnyAdminPageOpens() {
		TwoFactorSteps.Enrolled enrolled = enrol();
		SessionCookie session = login();

		assertThat(this.mvc.get().uri("/admin").with(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/admin/login/code");
		assertThat(this.mvc.get().uri("/admin/articles").with(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/admin/login/code");
		assertThat(this.mvc.post().uri("/admin/tags").with(session).param("name", "Sneaked in").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/admin/login/code");
		assertThat(this.mvc.get().uri("/admin/login/code").with(session)).hasStatusOk()
			.bodyText()
			.contains("Enter your code");

		assertThat(this.app.giveCode(session, this.app.wrongCode(enrolled.secret()))).hasStatusOk()
			.bodyText()
			.contains(WRONG_CODE);
		String before = session.id();
		assertThat(this.app.giveCode(session, this.app.currentCode(enrolled.secret()))).hasRedirectedUrl("/admin");
		// A new SESSION cookie: the session id changed with the code.
		assertThat(session.id()).isNotEqualTo(before);
		assertThat(this.sessions.findById(before)).isNull();
		assertThat(this.mvc.get().uri("/admin").with(session)).hasStatusOk();
		assertThat(kinds()).contains(AuditKind.TWO_FACTOR, AuditKind.SIGN_IN);
	}

	@Test
	void refusesACodeUsedBefore() {
		TwoFactorSteps.Enrolled enrolled = enrol();
		String code = this.app.currentCode(enrolled.secret());
		SessionCookie first = login();
		assertThat(this.app.giveCode(first, code)).hasRedirectedUrl("/admin");
		SessionCookie second = login();
		assertThat(this.app.giveCode(second, code)).hasStatusOk().bodyText().contains(WRONG_CODE);
		assertThat(this.mvc.get().uri("/admin").with(second)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void acceptsEachRecoveryCodeOnce() {
		TwoFactorSteps.Enrolled enrolled = enrol();
		String recovery = enrolled.recoveryCodes().get(3);
		SessionCookie first = login();
		assertThat(this.app.giveCode(first, recovery.toUpperCase())).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin/account/two-factor").with(first)).hasStatusOk()
			.bodyText()
			.contains("Unused recovery codes: 9.");
		SessionCookie second = login();
		assertThat(this.app.giveCode(second, recovery)).hasStatusOk().bodyText().contains(WRONG_CODE);
		assertThat(this.app.giveCode(second, enrolled.recoveryCodes().get(4))).hasRedirectedUrl("/admin");
	}

	@Test
	void locksTheAccountAfterFiveWrongCodes() {
		TwoFactorSteps.Enrolled enrolled = enrol();
		SessionCookie session = login();
		String id = session.id();
		for (int i = 0; i < 4; i++) {
			assertThat(this.app.giveCode(session, this.app.wrongCode(enrolled.secret()))).hasStatusOk();
		}
		assertThat(this.app.giveCode(session, this.app.wrongCode(enrolled.secret())))
			.hasRedirectedUrl("/admin/login?error");
		// The session ended: gone from the store, its cookie no longer signs anyone in.
		assertThat(this.sessions.findById(id)).isNull();
		assertThat(this.mvc.get().uri("/admin").cookie(new Cookie(SessionCookie.NAME, encoded(id))))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		assertThat(this.logins.login(this.username, PASSWORD, "10.8.0.2")).hasRedirectedUrl("/admin/login?error");
		assertThat(kinds()).contains(AuditKind.LOCKOUT);
	}

	@Test
	void turningTwoFactorLoginOnOrOffEndsTheUsersOtherSessions() {
		SessionCookie elsewhere = login();
		TwoFactorSteps.Enrolled enrolled = enrol();
		assertThat(this.mvc.get().uri("/admin").with(elsewhere)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");

		SessionCookie session = login();
		assertThat(this.app.giveCode(session, this.app.currentCode(enrolled.secret()))).hasRedirectedUrl("/admin");
		this.clock.move(Duration.ofSeconds(30));
		SessionCookie other = login();
		assertThat(this.app.giveCode(other, this.app.currentCode(enrolled.secret()))).hasRedirectedUrl("/admin");
		assertThat(this.app.post("/admin/account/two-factor/disable", session, enrolled.recoveryCodes().get(0)))
			.hasRedirectedUrl("/admin/account/two-factor");

		assertThat(this.mvc.get().uri("/admin").with(session)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin").with(other)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	@Test
	void turnsTwoFactorLoginOffWithACode() {
		TwoFactorSteps.Enrolled enrolled = enrol();
		SessionCookie session = login();
		assertThat(this.app.giveCode(session, this.app.currentCode(enrolled.secret()))).hasRedirectedUrl("/admin");
		assertThat(this.app.post("/admin/account/two-factor/disable", session, this.app.wrongCode(enrolled.secret())))
			.hasStatusOk()
			.bodyText()
			.contains(WRONG_CODE);
		assertThat(this.app.post("/admin/account/two-factor/disable", session, enrolled.recoveryCodes().get(0)))
			.hasRedirectedUrl("/admin/account/two-factor");
		assertThat(this.mvc.get().uri("/admin").with(session)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin").with(login())).hasStatusOk();
	}

	@Test
	void sendsAnEnrolledUserWithAOneTimePasswordToChangeItAfterTheCode() {
		TwoFactorSteps.Enrolled enrolled = enrol();
		// An admin reset the password to a one-time one.
		UserAccount account = this.users.findByUsername(this.username).orElseThrow();
		account.setOneTimePassword(this.encoder.encode(PASSWORD));
		this.users.save(account);

		SessionCookie session = login();
		assertThat(this.mvc.get().uri("/admin").with(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/admin/login/code");
		assertThat(this.mvc.get().uri("/admin/login/code").with(session)).hasStatusOk()
			.bodyText()
			.contains("Enter your code");
		assertThat(this.app.giveCode(session, this.app.currentCode(enrolled.secret()))).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").with(session)).hasRedirectedUrl("/admin/account/password");
		assertThat(this.mvc.get().uri("/admin/articles").with(session)).hasRedirectedUrl("/admin/account/password");
		assertThat(this.mvc.get().uri("/admin/account/password").with(session)).hasStatusOk();
	}

	private static String encoded(String sessionId) {
		return Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
	}

	private java.util.List<AuditKind> kinds() {
		return this.audit.find(new AuditFilter(this.username, null, null, null, null, null), 0, 100)
			.map(AuditEntryView::kind)
			.getContent();
	}

}
