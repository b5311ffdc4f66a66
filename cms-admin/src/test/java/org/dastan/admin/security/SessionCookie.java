package org.dastan.admin.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The {@code SESSION} cookie a browser holds. Spring Session finds the session by this
 * cookie alone (a {@code MockHttpSession} passed to a request is ignored), and gives a
 * new one when the session id changes, at login and after the login code. Apply it to a
 * request with {@code .with(session)}; pass each response that may renew it through
 * {@link #follow(MvcTestResult)}, as a browser would.
 */
public final class SessionCookie implements RequestPostProcessor {

	public static final String NAME = "SESSION";

	private Cookie current;

	private SessionCookie(Cookie current) {
		this.current = current;
	}

	/** The cookie the response (usually a login) set. */
	public static SessionCookie of(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie == null) {
			throw new IllegalStateException("The response set no " + NAME + " cookie");
		}
		return new SessionCookie(cookie);
	}

	/** Takes the new cookie if the response set one, and returns the response. */
	public MvcTestResult follow(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie != null) {
			// Max-Age 0 deletes the cookie, as when the session ends.
			this.current = (cookie.getMaxAge() == 0) ? null : cookie;
		}
		return result;
	}

	/** The session id the cookie carries (Spring Session encodes it in Base64). */
	public String id() {
		if (this.current == null) {
			throw new IllegalStateException("The session ended and its cookie was deleted");
		}
		return new String(Base64.getDecoder().decode(this.current.getValue()), StandardCharsets.UTF_8);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		List<Cookie> cookies = new ArrayList<>();
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (!NAME.equals(cookie.getName())) {
					cookies.add(cookie);
				}
			}
		}
		if (this.current != null) {
			cookies.add(new Cookie(NAME, this.current.getValue()));
		}
		request.setCookies(cookies.toArray(Cookie[]::new));
		return request;
	}

}
