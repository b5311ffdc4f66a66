package org.dastan.web.caching;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentKeys;

/**
 * Gives public pages, feeds and sitemaps an ETag of their content, and answers a repeat
 * request that sends it back with 304 Not Modified and no body. The page is still
 * rendered, but readers and crawlers download only what changed. Each page also names the
 * keys of what it shows ({@code xkey} for Varnish, {@code Surrogate-Key} for CDNs) and
 * may be kept by shared caches ({@code s-maxage}) until a change purges those keys
 * ({@link EdgePurges}); browsers ask each time ({@code max-age=0}). New public pages join
 * by adding their path here.
 */
@Configuration(proxyBeanMethods = false)
class PageEtags {

	/**
	 * Rendered public pages, and static pages at their own addresses
	 * ({@link CachedPaths}); static files and media have long-lived caching of their own.
	 */
	static final String[] PATHS = { "/", "/articles/*", "/sections/*", "/tags/*", "/authors/*", "/search", "/rates",
			"/feed", "/sitemap.xml", "/sitemaps/*", "/news-sitemap.xml", "/robots.txt" };

	/** Varnish's xkey module reads it. */
	static final String XKEY = "xkey";

	/** Fastly and other CDNs read it. */
	static final String SURROGATE_KEY = "Surrogate-Key";

	/**
	 * A body's weak ETag, as {@link ShallowEtagHeaderFilter} makes it: the page cache
	 * gives a page put together again the same kind of tag.
	 */
	static String etagOf(byte[] body) {
		return "W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
	}

	/**
	 * The keys header: the keys of what the page shows, and "all", which lets one purge
	 * drop every page, as {@link ContentKey#ALL} does here.
	 */
	static String keysHeader(Collection<String> keys) {
		return Stream.concat(Stream.of(ContentKey.ALL), keys.stream()).distinct().collect(Collectors.joining(" "));
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtagFilter(EdgeProperties edge) {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new RevalidatedEtagFilter(edge.cacheControl()));
		registration.addUrlPatterns(CachedPaths.EVERY_PATH);
		return registration;
	}

	/**
	 * Marks the page cacheable before it is rendered; without a Cache-Control of its own,
	 * Spring Security would mark it {@code no-store}, and browsers would never send the
	 * ETag back. Once rendered, and while its body is still held for the ETag, the page
	 * gets the keys of what it showed.
	 */
	static class RevalidatedEtagFilter extends ShallowEtagHeaderFilter {

		private final String cacheControl;

		RevalidatedEtagFilter(String cacheControl) {
			this.cacheControl = cacheControl;
			// The same page goes out compressed or not: equivalent, not byte for byte
			// the same.
			setWriteWeakETag(true);
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !CachedPaths.covers(request);
		}

		@Override
		protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
			return etagOf(body.readAllBytes());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			super.doFilterInternal(request, response, (rendered, held) -> {
				try (ContentKeys.Collection keys = ContentKeys.collect()) {
					filterChain.doFilter(rendered, held);
					Set<String> shown = new LinkedHashSet<>(keys.keys());
					PagePieces.Piece piece = PagePieces.of(request);
					if (piece != null) {
						shown.addAll(piece.keys());
					}
					String names = keysHeader(shown);
					HttpServletResponse page = (HttpServletResponse) held;
					page.setHeader(XKEY, names);
					page.setHeader(SURROGATE_KEY, names);
					// An error page or a redirect names no key a later change would purge
					// (a 404 until the article is published): kept by no cache.
					if (page.getStatus() != HttpServletResponse.SC_OK) {
						page.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
					}
				}
			});
		}

	}

}
