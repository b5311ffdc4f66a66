package org.dastan.web.redirect;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

import org.dastan.core.redirect.RedirectTarget;

/**
 * Sends a reader on: the redirect's status and a Location header in ASCII, as HTTP wants
 * it (a path on this site is kept decoded, {@code /новости}, and sent percent-encoded).
 */
final class RedirectAnswer {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private RedirectAnswer() {
	}

	static void send(HttpServletRequest request, HttpServletResponse response, RedirectTarget target) {
		String location = ascii(target.location());
		response.setStatus(target.status());
		response.setHeader(HttpHeaders.LOCATION, target.isSitePath() ? request.getContextPath() + location : location);
	}

	static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/** The request's path on this site, as the server got it (still encoded). */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String ascii(String location) {
		StringBuilder ascii = new StringBuilder(location.length());
		for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c > 0x20 && c < 0x7f) {
				ascii.append((char) c);
			}
			else {
				ascii.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return ascii.toString();
	}

}
