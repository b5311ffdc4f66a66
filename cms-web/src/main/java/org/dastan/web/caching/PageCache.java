package org.dastan.web.caching;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
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
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.dastan.core.change.ContentChanged;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.i18n.ReaderLocales;

/**
 * Keeps rendered public pages in memory and serves repeat requests from there, in front
 * of everything else (security headers, ETag and all are replayed as first sent). A page
 * is keyed by what it shows: host, path and query, the reader's language and the day in
 * the masthead; nothing else in it depends on the request (no session, no CSRF token, no
 * nonce). Every page goes when content changes on any node ({@link ContentChanged}), and
 * at the latest after {@code dastan.cache.pages.ttl}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "dastan.cache.pages.enabled", matchIfMissing = true)
class PageCache {

	// Before Spring Security (-100): a page served from memory costs no filter chain.
	static final int ORDER = -200;

	private final Cache<String, CachedPage> pages;

	// Goes up with every change, so a page rendered while content changed is not kept.
	private final AtomicLong generation = new AtomicLong();

	PageCache(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(properties.ttl())
			.maximumWeight(properties.maxSize().toBytes())
			.<String, CachedPage>weigher((key, page) -> page.weight())
			.build();
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocaleResolver localeResolver, NewsroomProperties newsroom,
			Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(this.pages, this.generation, localeResolver, newsroom, clock));
		registration.addUrlPatterns(PageEtags.PATHS);
		registration.setOrder(ORDER);
		return registration;
	}

	@EventListener
	void contentChanged(ContentChanged event) {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	static class PageCacheFilter extends OncePerRequestFilter {

		private final Cache<String, CachedPage> pages;

		private final AtomicLong generation;

		private final LocaleResolver localeResolver;

		private final NewsroomProperties newsroom;

		private final Clock clock;

		PageCacheFilter(Cache<String, CachedPage> pages, AtomicLong generation, LocaleResolver localeResolver,
				NewsroomProperties newsroom, Clock clock) {
			this.pages = pages;
			this.generation = generation;
			this.localeResolver = localeResolver;
			this.newsroom = newsroom;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			// A language switch sets a cookie; it goes through, the pages in either
			// language
			// are kept.
			if (!"GET".equals(request.getMethod()) || request.getParameter(ReaderLocales.PARAMETER) != null) {
				filterChain.doFilter(request, response);
				return;
			}
			Locale locale = this.localeResolver.resolveLocale(request);
			String key = key(request, locale);
			CachedPage page = this.pages.getIfPresent(key);
			if (page != null) {
				page.writeTo(request, response);
				return;
			}
			long before = this.generation.get();
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			filterChain.doFilter(request, wrapper);
			// A page rendered while content changed may show the old content: not kept.
			if (CachedPage.isCacheable(wrapper) && before == this.generation.get()) {
				this.pages.put(key, CachedPage.of(wrapper, locale));
				if (before != this.generation.get()) {
					this.pages.invalidate(key);
				}
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
