package org.dastan.web.caching;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
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
import org.springframework.http.HttpHeaders;
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
 * is keyed by what it shows: host, path, the query parameters the page reads
 * ({@link PageParameters}), the reader's language and the day in the masthead; nothing
 * else in it depends on the request (no session, no CSRF token, no nonce). Every page
 * goes when content changes on any node ({@link ContentChanged}), and at the latest after
 * {@code dastan.cache.pages.ttl}. When many readers ask for a page that is not kept, one
 * renders it and the others wait for that copy: right after a save, a busy page is
 * rendered once, not once per reader. Only a few pages render at a time
 * ({@code dastan.cache.pages.max-concurrent-renders}): a flood of distinct URLs waits
 * briefly, then gets 503 with Retry-After, while kept pages go on being served.
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

	private final PageCacheProperties properties;

	PageCache(PageCacheProperties properties, ContentCaches caches) {
		this.properties = properties;
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
				new PageCacheFilter(this.pages, localeResolver, newsroom, clock,
						new Semaphore(this.properties.maxConcurrentRenders()), this.properties.renderWait()));
		registration.addUrlPatterns(PageEtags.PATHS);
		registration.setOrder(ORDER);
		return registration;
	}

	static class PageCacheFilter extends OncePerRequestFilter {

		// How long a reader waits for another request's rendering of the same page before
		// rendering it too.
		private static final long WAIT_FOR_RENDERING_MS = 5_000;

		// Long enough for the renderings ahead to finish and the pages to be kept.
		private static final String RETRY_AFTER_SECONDS = "2";

		private final ContentCache<String, CachedPage> pages;

		private final ConcurrentHashMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

		private final LocaleResolver localeResolver;

		private final NewsroomProperties newsroom;

		private final Clock clock;

		private final Semaphore renderings;

		private final Duration renderWait;

		PageCacheFilter(ContentCache<String, CachedPage> pages, LocaleResolver localeResolver,
				NewsroomProperties newsroom, Clock clock, Semaphore renderings, Duration renderWait) {
			this.pages = pages;
			this.localeResolver = localeResolver;
			this.newsroom = newsroom;
			this.clock = clock;
			this.renderings = renderings;
			this.renderWait = renderWait;
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
			Map<String, List<String>> parameters = PageParameters.read(request);
			String key = key(request, parameters, locale);
			CachedPage page = this.pages.getIfPresent(key);
			if (page == null) {
				page = renderedByAnother(key);
			}
			if (page != null) {
				page.writeTo(request, response);
				return;
			}
			if (!acquireRendering()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			CountDownLatch mine = new CountDownLatch(1);
			boolean first = this.rendering.putIfAbsent(key, mine) == null;
			try {
				render(PageParameters.only(request, parameters), response, filterChain, key, locale);
			}
			finally {
				this.renderings.release();
				if (first) {
					this.rendering.remove(key, mine);
					mine.countDown();
				}
			}
		}

		private boolean acquireRendering() {
			try {
				return this.renderings.tryAcquire(this.renderWait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
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

		private String key(HttpServletRequest request, Map<String, List<String>> parameters, Locale locale) {
			LocalDate today = LocalDate.now(this.clock.withZone(this.newsroom.timeZone()));
			return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
					+ request.getRequestURI() + "?" + PageParameters.query(parameters) + " " + locale.toLanguageTag()
					+ " " + today;
		}

	}

}
