package org.dastan.core.article.desk;

import java.time.Instant;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.model.Article;

/**
 * The status as the desk shows it: a published article whose time lies ahead is
 * scheduled.
 */
public enum DeskStatus {

	DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

	static DeskStatus of(Article article, Instant now) {
		return switch (article.getStatus()) {
			case DRAFT -> DRAFT;
			case IN_REVIEW -> IN_REVIEW;
			case ARCHIVED -> ARCHIVED;
			case PUBLISHED -> article.isScheduledAt(now) ? SCHEDULED : PUBLISHED;
		};
	}

	ArticleStatus stored() {
		return switch (this) {
			case DRAFT -> ArticleStatus.DRAFT;
			case IN_REVIEW -> ArticleStatus.IN_REVIEW;
			case ARCHIVED -> ArticleStatus.ARCHIVED;
			case SCHEDULED, PUBLISHED -> ArticleStatus.PUBLISHED;
		};
	}

}
