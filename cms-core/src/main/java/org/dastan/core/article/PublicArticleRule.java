package org.dastan.core.article;

import java.time.Instant;

/**
 * The one rule of which articles readers see: published ones whose publication time has
 * come. Written here once for each language a query is written in: JPQL on an
 * {@code Article a}, SQL on {@code articles a} (both with a {@code :now} parameter), and
 * Java. A published article whose time lies ahead is scheduled.
 */
public final class PublicArticleRule {

	/**
	 * The rule in JPQL, on an article aliased {@code a}, with the parameter {@code :now}.
	 */
	public static final String JPQL = "a.status = org.dastan.core.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	/**
	 * The rule in SQL, on the table {@code articles} aliased {@code a}, with
	 * {@code :now}.
	 */
	public static final String SQL = "a.status = 'PUBLISHED' and a.published_at <= :now";

	/** Scheduled articles in JPQL: published, but their time lies after {@code :now}. */
	public static final String SCHEDULED_JPQL = "a.status = org.dastan.core.article.ArticleStatus.PUBLISHED and a.publishedAt > :now";

	/** Scheduled articles in SQL, on {@code articles a}, with {@code :now}. */
	public static final String SCHEDULED_SQL = "a.status = 'PUBLISHED' and a.published_at > :now";

	private PublicArticleRule() {
	}

	/** The rule in Java. */
	public static boolean isPublic(ArticleStatus status, Instant publishedAt, Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	public static boolean isScheduled(ArticleStatus status, Instant publishedAt, Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

}
