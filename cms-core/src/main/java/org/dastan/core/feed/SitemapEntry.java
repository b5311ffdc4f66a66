package org.dastan.core.feed;

import java.time.Instant;

/**
 * A page a sitemap lists, by the slug of what it shows, with when its content last
 * changed ({@code null} when unknown).
 */
public record SitemapEntry(String slug, Instant lastModified) {

	/**
	 * Flat form for JPQL: a page changed when an article on it was published or last
	 * edited, whichever came later (a scheduled article may have been edited before it
	 * went out).
	 */
	public SitemapEntry(String slug, Instant publishedAt, Instant updatedAt) {
		this(slug, latest(publishedAt, updatedAt));
	}

	private static Instant latest(Instant publishedAt, Instant updatedAt) {
		if (publishedAt == null || updatedAt == null) {
			return (publishedAt != null) ? publishedAt : updatedAt;
		}
		return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
	}

}
