package org.dastan.core.article;

/**
 * Where an article is in its life. A published article whose publication time lies ahead
 * is scheduled.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED

}
