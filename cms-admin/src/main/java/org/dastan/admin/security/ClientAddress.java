package org.dastan.admin.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address the current request came from, as the server sees it (behind a proxy, set
 * {@code server.forward-headers-strategy} so that it is the client's).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return null;
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
