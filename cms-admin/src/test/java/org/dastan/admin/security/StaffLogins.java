package org.dastan.admin.security;

import java.util.Set;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Creates staff accounts and logs in through the real login form, from a chosen address.
 * Tests {@code @Import} it and have it injected.
 */
public class StaffLogins {

	public static final String PASSWORD = "correct horse battery staple";

	private final MockMvcTester mvc;

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	StaffLogins(MockMvcTester mvc, UserAccountRepository users, PasswordEncoder encoder) {
		this.mvc = mvc;
		this.users = users;
		this.encoder = encoder;
	}

	public UserAccount create(String username, Role role) {
		return this.users.save(new UserAccount(username, username, this.encoder.encode(PASSWORD), Set.of(role)));
	}

	public MvcTestResult login(String username, String password, String address) {
		return this.mvc.post()
			.uri("/admin/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	/** The session the login started, as the browser's {@code SESSION} cookie. */
	public static SessionCookie session(MvcTestResult result) {
		return SessionCookie.of(result);
	}

	public static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
