package org.dastan.web.caching;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.dastan.core.change.ContentCache;
import org.dastan.core.change.ContentCaches;
import org.dastan.core.change.ContentChanged;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.i18n.ReaderLocales;

/**
 * Keeps rendered public pages in memory and serves repeat requests from there, in front
 * of everything else (security headers, ETag and all are replayed as first sent). A page
 * is keyed by what it shows: host, path and query, the reader's language and the day in
 * the masthead; nothing else in it depends on the request (no session, no CSRF token, no
 * nonce). Every page goes when content changes on any node ({@link ContentChanged}), and
 * at the latest after {@code dastan.cache.pages.ttl}. When many readers ask for a page
 * that is not kept, one renders it and the others wait for that copy: right after a save,
 * a busy page is rendered once, not once per reader.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "dastan.cache.pages.enabled", matchIfMissing = true)
class PageCache {

	// First of all filters: a page served from memory costs no filter chain, neither
	// Spring Security's nor Spring Session's, nor a metrics observation (so
	// http.server.requests counts only the pages rendered).
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	private final ContentCache<String, CachedPage> pages;

	PageCache(PageCacheProperties properties, ContentCaches caches) {
		this.pages = caches.register(Caffeine.newBuilder()
			.expireAfterWrite(properties.ttl())
			.maximumWeight(properties.maxSize().toBytes())
			.<String, CachedPage>weigher((key, page) -> page.weight())
			.build());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocaleResolver localeResolver, NewsroomProperties newsroom,
			Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(this.pages, localeResolver, newsroom, clock));
		registration.addUrlPatterns(PageEtags.PATHS);
		registration.setOrder(ORDER);
		return registration;
	}

	static class PageCacheFilter extends OncePerRequestFilter {

		// How long a reader waits for another request's rendering of the same page before
		// rendering it too.
		private static final long WAIT_FOR_RENDERING_MS = 5_000;

		private final ContentCache<String, CachedPage> pages;

		private final ConcurrentHashMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

		private final LocaleResolver localeResolver;

		private final NewsroomProperties newsroom;

		private final Clock clock;

		PageCacheFilter(ContentCache<String, CachedPage> pages, LocaleResolver localeResolver,
				NewsroomProperties newsroom, Clock clock) {
			this.pages = pages;
			this.localeResolver = localeResolver;
			this.newsroom = newsroom;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			// A language switch sets a cookie; it goes through, the pages in either
			// language are kept.
			if (!"GET".equals(request.getMethod()) || request.getParameter(ReaderLocales.PARAMETER) != null) {
				filterChain.doFilter(request, response);
				return;
			}
			Locale locale = this.localeResolver.resolveLocale(request);
			String key = key(request, locale);
			CachedPage page = this.pages.getIfPresent(key);
			if (page == null) {
				page = renderedByAnother(key);
			}
			if (page != null) {
				page.writeTo(request, response);
				return;
			}
			CountDownLatch mine = new CountDownLatch(1);
			boolean first = this.rendering.putIfAbsent(key, mine) == null;
			try {
				render(request, response, filterChain, key, locale);
			}
			finally {
				if (first) {
					this.rendering.remove(key, mine);
					mine.countDown();
				}
			}
		}

		/** The page another request is rendering right now, once it is done; or null. */
		private CachedPage renderedByAnother(String key) {
			CountDownLatch other = this.rendering.get(key);
			if (other == null) {
				return null;
			}
			try {
				other.await(WAIT_FOR_RENDERING_MS, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			// Null when that page could not be kept (an error, a cookie) or content
			// changed.
			return this.pages.getIfPresent(key);
		}

		private void render(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain,
				String key, Locale locale) throws ServletException, IOException {
			long generation = this.pages.generation();
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			filterChain.doFilter(request, wrapper);
			// A page rendered while content changed may show the old content: not kept.
			if (CachedPage.isCacheable(wrapper)) {
				this.pages.putUnlessChangedSince(generation, key, CachedPage.of(wrapper, locale));
			}
			wrapper.copyBodyToResponse();
		}

		private String key(HttpServletRequest request, Locale locale) {
			LocalDate today = LocalDate.now(this.clock.withZone(this.newsroom.timeZone()));
			String query = request.getQueryString();
			return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
					+ request.getRequestURI() + ((query != null) ? "?" + query : "") + " " + locale.toLanguageTag()
					+ " " + today;
		}

	}

}
