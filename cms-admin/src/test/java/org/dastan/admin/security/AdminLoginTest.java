package org.dastan.admin.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest(properties = "dastan.admin.password=" + AdminLoginTest.PASSWORD)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdminLoginTest {

	static final String PASSWORD = "a long and secret test password";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
		assertThat(this.mvc.get().uri("/admin/login")).hasStatusOk().bodyText().contains("name=\"_csrf\"");
	}

	@Test
	void logsTheAdminInAndShowsTheAdminPage() {
		var login = this.mvc.post()
			.uri("/admin/login")
			.param("username", "admin")
			.param("password", PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		// Sessions live in Spring Session's store, found by the SESSION cookie.
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/admin").cookie(session)).hasStatusOk().bodyText().contains("Welcome, admin.");
	}

	@Test
	void refusesAWrongPassword() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", "admin")
			.param("password", "not the password")
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void refusesALoginWithoutCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/login").param("username", "admin").param("password", PASSWORD))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void leavesThePublicSiteOpen() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
	}

}
