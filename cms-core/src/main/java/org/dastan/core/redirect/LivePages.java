package org.dastan.core.redirect;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticleCards;
import org.dastan.core.author.Authors;
import org.dastan.core.page.PageAddresses;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;

/**
 * Whether a page answers at an old path, so that a redirect there would never be
 * followed. Only what answers with a page of its own counts: an article's or a tag's
 * former slug answers with a redirect, which a redirect may replace.
 */
@Component
class LivePages {

	// cms-web's fixed pages; pages under /admin are the admin's.
	private static final Set<String> FIXED = Set.of("/search", "/rates", "/feed", "/sitemap.xml", "/news-sitemap.xml",
			"/robots.txt", "/admin");

	private final ArticleCards articles;

	private final TagService tags;

	private final Authors authors;

	private final PublishedPages pages;

	private final Clock clock;

	LivePages(ArticleCards articles, TagService tags, Authors authors, PublishedPages pages, Clock clock) {
		this.articles = articles;
		this.tags = tags;
		this.authors = authors;
		this.pages = pages;
		this.clock = clock;
	}

	/** Whether a page answers at the written-down old path. */
	boolean answers(String from) {
		int question = from.indexOf('?');
		String path = (question >= 0) ? from.substring(0, question) : from;
		if (path.equals("/")) {
			// The home page answers any query but WordPress's own addresses.
			return !RedirectPaths.isWordPressHome(from);
		}
		if (FIXED.contains(path) || path.startsWith("/admin/")) {
			return true;
		}
		String slug;
		if ((slug = slugUnder(path, RedirectPaths.ARTICLES)) != null) {
			return !this.articles.publicBySlugs(List.of(slug), this.clock.instant()).isEmpty();
		}
		if ((slug = slugUnder(path, RedirectPaths.SECTIONS)) != null) {
			return isCurrentTag(slug, true);
		}
		if ((slug = slugUnder(path, RedirectPaths.TAGS)) != null) {
			return isCurrentTag(slug, false);
		}
		if ((slug = slugUnder(path, RedirectPaths.AUTHORS)) != null) {
			return this.authors.bySlug(slug).isPresent();
		}
		if (PageAddresses.isPagePath(path)) {
			return this.pages.isPublished(path.substring(1));
		}
		return false;
	}

	private boolean isCurrentTag(String slug, boolean section) {
		return this.tags.findBySlug(slug)
			.filter((tag) -> tag.slug().equals(slug))
			.filter((tag) -> !section || tag.isSection())
			.map(TagView::id)
			.isPresent();
	}

	private static String slugUnder(String path, String prefix) {
		if (!path.startsWith(prefix)) {
			return null;
		}
		String slug = path.substring(prefix.length());
		return (slug.isEmpty() || slug.contains("/")) ? null : slug;
	}

}
