package org.dastan.admin.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends an upload larger than the server reads back to the library page, which then says
 * how large a file may be; the body editor's upload gets the same words as its usual 400
 * JSON answer. It has to act before anything reads the request: Tomcat fails the first
 * read of a too-large multipart request, and the first read is Spring Security's CSRF
 * check, whose failure the user would see as a bare error page. The rest of the request
 * is read and discarded by Tomcat, up to {@code server.tomcat.max-swallow-size}.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

	static final String PATH = "/admin/media";

	/** Where the filter sends the browser: the library, told why. */
	static final String TOO_LARGE = PATH + "?rejected=too-large";

	static final String INLINE = PATH + "/inline";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxRequestSize;

	private final LocaleResolver locales;

	private final Function<Locale, String> tooLarge;

	/**
	 * @param tooLarge what the body editor is told, in the given language
	 */
	OversizedUploadFilter(long maxRequestSize, LocaleResolver locales, Function<Locale, String> tooLarge) {
		this.maxRequestSize = maxRequestSize;
		this.locales = locales;
		this.tooLarge = tooLarge;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		String path = path(request);
		return this.maxRequestSize < 0 || !"POST".equals(request.getMethod())
				|| !(PATH.equals(path) || INLINE.equals(path)) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestSize && INLINE.equals(path(request))) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			JSON.writeValue(response.getWriter(), new InlineUploadController.Rejection("file",
					this.tooLarge.apply(this.locales.resolveLocale(request))));
			return;
		}
		if (request.getContentLengthLong() > this.maxRequestSize) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
