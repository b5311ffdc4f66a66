package org.dastan.web.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Gives public pages, feeds and sitemaps an ETag of their content, and answers a repeat
 * request that sends it back with 304 Not Modified and no body. The page is still
 * rendered, but readers and crawlers download only what changed. Such pages are marked
 * {@code no-cache}: browsers keep them but ask each time, as they change whenever the
 * newsroom publishes. New public pages join by adding their path here.
 */
@Configuration(proxyBeanMethods = false)
class PageEtags {

	/**
	 * Rendered public pages; static files and media have long-lived caching of their own.
	 */
	static final String[] PATHS = { "/", "/articles/*", "/sections/*", "/tags/*", "/authors/*", "/search", "/rates",
			"/feed", "/sitemap.xml", "/sitemaps/*", "/news-sitemap.xml", "/robots.txt" };

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new RevalidatedEtagFilter());
		registration.addUrlPatterns(PATHS);
		return registration;
	}

	/**
	 * Marks the page {@code no-cache} before it is rendered; without a Cache-Control of
	 * its own, Spring Security would mark it {@code no-store}, and browsers would never
	 * send the ETag back.
	 */
	static class RevalidatedEtagFilter extends ShallowEtagHeaderFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			super.doFilterInternal(request, response, filterChain);
		}

	}

}
