package org.dastan.admin.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;

/**
 * Sends a request whose session has ended, such as an article form saved after the
 * session expired (its CSRF token went with the session), to the login page instead of a
 * bare 403; the editor page keeps the text in the browser and offers it back after
 * logging in. A logged-in user's request without a token is still refused.
 */
class EndedSessionStrategy implements InvalidSessionStrategy {

	private final InvalidSessionStrategy toLogin = new SimpleRedirectInvalidSessionStrategy("/admin/login");

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		if (this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		this.toLogin.onInvalidSessionDetected(request, response);
	}

}
