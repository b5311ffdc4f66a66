package org.dastan.admin.media;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload larger than the server reads back to the library page, which then says
 * how large a file may be. It has to act before anything reads the request: Tomcat fails
 * the first read of a too-large multipart request, and the first read is Spring
 * Security's CSRF check, whose failure the user would see as a bare error page. The rest
 * of the request is read and discarded by Tomcat, up to
 * {@code server.tomcat.max-swallow-size}.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

	static final String PATH = "/admin/media";

	/** Where the filter sends the browser: the library, told why. */
	static final String TOO_LARGE = PATH + "?rejected=too-large";

	private final long maxRequestSize;

	OversizedUploadFilter(long maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return this.maxRequestSize < 0 || !"POST".equals(request.getMethod())
				|| !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
				|| contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestSize) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
