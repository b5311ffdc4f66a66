package org.dastan.core.article.revision;

import java.time.Instant;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.model.Article;

/**
 * An article at one revision, or as it is now: its editable fields as the form would show
 * them, and where it stood. Tags and byline are not audited, so an old revision's draft
 * has none.
 */
record ArticleSnapshot(ArticleDraft draft, ArticleStatus status, Instant publishedAt) {

	static ArticleSnapshot of(Article article) {
		return new ArticleSnapshot(ArticleDraft.of(article), article.getStatus(), article.getPublishedAt());
	}

}
