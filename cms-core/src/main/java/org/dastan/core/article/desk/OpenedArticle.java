package org.dastan.core.article.desk;

import java.time.Instant;

import org.dastan.core.article.model.Article;

/**
 * An article as the desk opened it for an editor: every field the form edits, where it
 * stands, and the version the editor's save must start from.
 *
 * @param draft its editable fields, as the form shows them
 */
public record OpenedArticle(long id, ArticleDraft draft, DeskStatus status, Instant publishedAt, Instant updatedAt,
		Long version) {

	static OpenedArticle of(Article article, Instant now) {
		return new OpenedArticle(article.getId(), ArticleDraft.of(article), DeskStatus.of(article, now),
				article.getPublishedAt(), article.getUpdatedAt(), article.getVersion());
	}

	public String slug() {
		return this.draft.slug();
	}

	public String title() {
		return this.draft.title();
	}

}
