package org.dastan.web.feed;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs of public pages, for feeds and sitemaps that are read away from the site.
 * They start with {@code dastan.base-url} when it is set, otherwise with the scheme, host
 * and port the current request came to.
 */
@Component
@EnableConfigurationProperties(SiteUrlProperties.class)
public class SiteUrls {

	private final String baseUrl;

	SiteUrls(SiteUrlProperties properties) {
		String configured = properties.baseUrl();
		this.baseUrl = (configured != null) ? configured.replaceFirst("/+$", "") : null;
	}

	/** The absolute URL of a path on this site, such as {@code /feed}. */
	public String absolute(String path) {
		String base = (this.baseUrl != null) ? this.baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + path;
	}

	public String article(String slug) {
		return absolute("/articles/" + slug);
	}

}
