package org.dastan.web.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A rendered page as it was sent: its content type, its headers (security headers, ETag,
 * Cache-Control; never a cookie) and its body.
 */
record CachedPage(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] body) {

	static CachedPage of(ContentCachingResponseWrapper response, Locale locale) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return new CachedPage(response.getContentType(), locale, List.copyOf(headers),
				response.getContentAsByteArray());
	}

	/** Whether the response may be kept: a full page that sets no cookie. */
	static boolean isCacheable(HttpServletResponse response) {
		return response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE);
	}

	int weight() {
		return this.body.length + 512;
	}

	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Map.Entry<String, String> header : this.headers) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setLocale(this.locale);
		response.setContentType(this.contentType);
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

}
