package org.dastan.core.page;

import java.util.Set;

import org.dastan.core.slug.Slugs;

/**
 * Where pages live: at {@code /{slug}}, one path segment, beside the site's own
 * addresses. A page's slug never takes a first segment the site answers itself
 * ({@code /articles/...}, {@code /search}, {@code /admin}, ...), or one it may come to:
 * the singular forms, and the paths of the site's files.
 */
public final class PageAddresses {

	/** First path segments of the public site and the admin, and their near misses. */
	public static final Set<String> RESERVED = Set.of("article", "articles", "section", "sections", "tag", "tags",
			"author", "authors", "search", "rates", "feed", "feeds", "sitemap", "sitemaps", "news-sitemap", "robots",
			"admin", "media", "webjars", "css", "js", "images", "static", "favicon", "views", "error", "login",
			"logout", "actuator", "api");

	private PageAddresses() {
	}

	/** The address of the page with the slug. */
	public static String path(String slug) {
		return "/" + slug;
	}

	public static boolean isReserved(String slug) {
		return RESERVED.contains(slug);
	}

	/**
	 * Whether a page may answer at the path: one segment, a valid slug, none of the
	 * site's own.
	 */
	public static boolean isPagePath(String path) {
		if (path == null || path.length() < 2 || path.charAt(0) != '/') {
			return false;
		}
		String slug = path.substring(1);
		return Slugs.isValid(slug) && !isReserved(slug);
	}

}
