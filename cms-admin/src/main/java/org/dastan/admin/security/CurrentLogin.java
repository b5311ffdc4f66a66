package org.dastan.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Changes the login of the current session, as the login form does: a new session id
 * whenever what the user may do changes, and the new login saved in the session.
 */
public final class CurrentLogin {

	private static final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private static final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private CurrentLogin() {
	}

	public static Authentication get() {
		return holder.getContext().getAuthentication();
	}

	public static void replace(Authentication login, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(login);
		holder.setContext(context);
		repository.saveContext(context, request, response);
	}

	public static void end(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, get());
	}

}
