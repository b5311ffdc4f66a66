package org.dastan.admin.twofactor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.admin.security.MovableClock;
import org.dastan.admin.security.SessionCookie;
import org.dastan.admin.security.StaffLogins;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dastan.admin.security.StaffLogins.PASSWORD;
import static org.dastan.admin.security.StaffLogins.session;

@SpringBootTest(properties = "dastan.security.require-two-factor-for-admins=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MovableClock.Config.class, StaffLogins.class })
class RequiredTwoFactorTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private MovableClock clock;

	@Autowired
	private StaffLogins logins;

	@Test
	void sendsAnAdminWithoutTwoFactorLoginToEnrolBeforeAnythingElse() {
		this.logins.create("chief", Role.ADMIN);
		SessionCookie session = session(this.logins.login("chief", PASSWORD, "10.9.0.1"));

		assertThat(this.mvc.get().uri("/admin/articles").with(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.contains("/admin/login/code");
		assertThat(this.mvc.get().uri("/admin/login/code").with(session)).hasRedirectedUrl("/admin/account/two-factor");
		assertThat(this.mvc.get().uri("/admin/account/two-factor").with(session)).hasStatusOk()
			.bodyText()
			.contains("Admins must use two-factor login");

		TwoFactorSteps app = new TwoFactorSteps(this.mvc, this.clock);
		app.enrol(session);
		assertThat(this.mvc.get().uri("/admin/articles").with(session)).hasStatusOk();
		assertThat(app.post("/admin/account/two-factor/disable", session, "123456")).hasStatusOk()
			.bodyText()
			.contains("required for admins");
		assertThat(this.users.findByUsername("chief").orElseThrow().hasTwoFactor()).isTrue();
	}

	@Test
	void letsEditorsWorkWithoutTwoFactorLogin() {
		this.logins.create("copy-desk", Role.EDITOR);
		SessionCookie session = session(this.logins.login("copy-desk", PASSWORD, "10.9.0.2"));
		assertThat(this.mvc.get().uri("/admin/articles").with(session)).hasStatusOk();
	}

}
