package org.dastan.admin.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * On the first admin request of a session, notes where the session comes from (address
 * and browser, for the user's list of sessions) and whether the user must still replace a
 * one-time password; until they do, every admin page sends them to the change-password
 * page.
 */
class AccountGate implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/admin/account/password";

	static final String MUST_CHANGE_PASSWORD = "dastan.must-change-password";

	private static final int MAX_USER_AGENT = 250;

	private final StaffAccounts accounts;

	AccountGate(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (user == null || user instanceof AnonymousAuthenticationToken || session == null) {
			return true;
		}
		if (session.getAttribute(MUST_CHANGE_PASSWORD) == null) {
			session.setAttribute(UserSessions.CLIENT_ADDRESS, request.getRemoteAddr());
			String agent = request.getHeader("User-Agent");
			session.setAttribute(UserSessions.USER_AGENT,
					(agent != null && agent.length() > MAX_USER_AGENT) ? agent.substring(0, MAX_USER_AGENT) : agent);
			session.setAttribute(MUST_CHANGE_PASSWORD, this.accounts.mustChangePassword(user.getName()));
		}
		if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD))
				&& !PASSWORD_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}
		return true;
	}

}
