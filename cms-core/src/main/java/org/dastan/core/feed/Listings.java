package org.dastan.core.feed;

import java.time.Instant;
import java.util.List;

/**
 * The pages that gather articles, as a sitemap lists them: the front page, then the
 * sections, topics and authors that have public articles.
 *
 * @param home when the newest public article changed, {@code null} on an empty site
 * @param sections sections by slug
 * @param topics topic tags by slug
 * @param authors authors by slug
 */
public record Listings(Instant home, List<SitemapEntry> sections, List<SitemapEntry> topics,
		List<SitemapEntry> authors) {

	/** How many pages these are. */
	public int size() {
		return 1 + this.sections.size() + this.topics.size() + this.authors.size();
	}

}
