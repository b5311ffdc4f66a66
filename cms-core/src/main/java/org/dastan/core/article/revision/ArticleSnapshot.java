package org.dastan.core.article.revision;

import java.time.Instant;
import java.util.function.Function;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.ArticleStatus;

/**
 * The audited fields of an article at one revision, or as it is now. Related section and
 * image are kept as ids: they may have been deleted since.
 */
record ArticleSnapshot(String title, String standfirst, String slug, ArticleStatus status, Instant publishedAt,
		Long sectionId, Long imageId, String imageCaption, String imageCredit, String seoTitle, String seoDescription,
		String body) {

	/**
	 * Reads an article, taking the ids of its section and image without loading them.
	 */
	static ArticleSnapshot of(Article article, Function<Object, Object> idOf) {
		return new ArticleSnapshot(article.getTitle(), article.getStandfirst(), article.getSlug(), article.getStatus(),
				article.getPublishedAt(), id(article.getSection(), idOf), id(article.getFeaturedImage(), idOf),
				article.getImageCaption(), article.getImageCredit(), article.getSeoTitle(), article.getSeoDescription(),
				article.getBody());
	}

	/** The content a restore brings back: everything but status and publication time. */
	ArticleSnapshot content() {
		return new ArticleSnapshot(this.title, this.standfirst, this.slug, null, null, this.sectionId, this.imageId,
				this.imageCaption, this.imageCredit, this.seoTitle, this.seoDescription, this.body);
	}

	private static Long id(Object entity, Function<Object, Object> idOf) {
		return (entity != null) ? (Long) idOf.apply(entity) : null;
	}

}
