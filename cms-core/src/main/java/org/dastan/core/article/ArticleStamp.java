package org.dastan.core.article;

import java.time.Instant;

/**
 * What decides whether and where an article is listed: its status, publication time and
 * section, without the article itself.
 */
public record ArticleStamp(long id, Long sectionId, ArticleStatus status, Instant publishedAt) {

	public boolean isPublicAt(Instant now) {
		return PublicArticleRule.isPublic(this.status, this.publishedAt, now);
	}

}
