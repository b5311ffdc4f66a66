package org.dastan.core.article;

import java.time.Instant;
import java.util.List;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.article.model.Article;
import org.dastan.core.author.AuthorCard;
import org.dastan.core.media.ImageRef;
import org.dastan.core.tag.TagRef;

/**
 * Everything the article page shows of the article itself, read in one go so templates
 * never load lazily.
 *
 * @param updatedAt the time of the last change when it came after publication, otherwise
 * {@code null}
 */
public record ArticlePage(long id, String slug, String title, String standfirst, String bodyHtml, TagRef section,
		Instant publishedAt, Instant updatedAt, ImageRef image, String imageCaption, String imageCredit,
		List<TagRef> tags, List<AuthorCard> authors, String seoTitle, String seoDescription) {

	/**
	 * The page being built shows this article and its section's and tags' names; its
	 * byline's authors are touched where they are read, as cards carry no ids.
	 */
	public ArticlePage {
		ContentKeys.touch(ContentKey.article(id));
		if (section != null) {
			ContentKeys.touch(ContentKey.tag(section.id()));
		}
		tags.forEach((tag) -> ContentKeys.touch(ContentKey.tag(tag.id())));
	}

	/**
	 * The page of an article whose tags and authors were read apart, so that none is
	 * loaded lazily.
	 */
	public static ArticlePage of(Article article, List<TagRef> tags, List<AuthorCard> authors) {
		return new ArticlePage(article.getId(), article.getSlug(), article.getTitle(), article.getStandfirst(),
				article.getBody(), TagRef.of(article.getSection()), article.getPublishedAt(),
				article.wasUpdatedAfterPublication() ? article.getUpdatedAt() : null,
				ImageRef.of(article.getFeaturedImage()), article.getImageCaption(), article.getImageCredit(), tags,
				authors, article.getSeoTitle(), article.getSeoDescription());
	}

}
