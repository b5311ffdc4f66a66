package org.dastan.web.caching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.dastan.core.cache.ContentCache;

/**
 * A rendered page as it was sent: its content type, its headers (security headers, ETag,
 * Cache-Control, keys; never a cookie) and its body, kept gzip-compressed: compressed
 * once as it is kept, sent as it is to the readers whose browsers accept gzip (all of
 * them, in practice), and a fifth of the memory. The rare client that does not accept it
 * gets the body uncompressed on the way out.
 */
record CachedPage(String contentType, Locale locale, String[] headerNames, String[] headerValues, String etag,
		byte[] gzippedBody) implements KeptPage {

	static final String GZIP = "gzip";

	static CachedPage of(ContentCachingResponseWrapper response, Locale locale) {
		List<String> names = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				names.add(name);
				values.add(value);
			}
		}
		return new CachedPage(response.getContentType(), locale, names.toArray(String[]::new),
				values.toArray(String[]::new), response.getHeader(HttpHeaders.ETAG),
				gzip(response.getContentAsByteArray()));
	}

	@Override
	public CachedPage servable(ContentCache<String, PieceCopy> pieces) {
		return this;
	}

	/**
	 * The same page with another body: its ETag and the keys it names for the edge follow
	 * the body, every other header stays as first sent.
	 */
	CachedPage withBody(byte[] body, Set<String> keys) {
		String newEtag = PageEtags.etagOf(body);
		String keysHeader = PageEtags.keysHeader(keys);
		String[] values = this.headerValues.clone();
		for (int i = 0; i < this.headerNames.length; i++) {
			String name = this.headerNames[i];
			if (name.equalsIgnoreCase(HttpHeaders.ETAG)) {
				values[i] = newEtag;
			}
			else if (name.equalsIgnoreCase(PageEtags.XKEY) || name.equalsIgnoreCase(PageEtags.SURROGATE_KEY)) {
				values[i] = keysHeader;
			}
		}
		return new CachedPage(this.contentType, this.locale, this.headerNames, values, newEtag, gzip(body));
	}

	/** Whether the response may be kept: a full page that sets no cookie. */
	static boolean isCacheable(HttpServletResponse response) {
		return response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE);
	}

	@Override
	public int weight() {
		return this.gzippedBody.length + 512;
	}

	/** The page with its headers, or 304 when the reader has it already. */
	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Arrays, walked by index: this loop runs for every page served from memory.
		for (int i = 0; i < this.headerNames.length; i++) {
			response.addHeader(this.headerNames[i], this.headerValues[i]);
		}
		response.setLocale(this.locale);
		response.setContentType(this.contentType);
		if (this.etag != null && isConditional(request)
				&& new ServletWebRequest(request, response).checkNotModified(this.etag)) {
			return;
		}
		writeBodyTo(request, response);
	}

	private static boolean isConditional(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
	}

	/**
	 * The body alone, compressed if the reader accepts it; the headers are sent already.
	 */
	void writeBodyTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		byte[] body = this.gzippedBody;
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
		}
		else {
			body = gunzip(body);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Whether the request's Accept-Encoding names gzip, without {@code q=0}. */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase(GZIP)) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (OutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
