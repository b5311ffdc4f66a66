package org.dastan.core.article.desk;

import java.time.Instant;
import java.util.List;

import org.dastan.core.article.model.Article;
import org.dastan.core.author.model.Author;
import org.dastan.core.tag.model.Tag;

/**
 * An article as the desk opened it for an editor: every field the form edits, where it
 * stands, and the version the editor's save must start from.
 *
 * @param tagNames the names of its tags, in alphabetical order
 * @param authorIds its byline, in order
 */
public record OpenedArticle(long id, String slug, String title, String standfirst, String body, Long sectionId,
		List<String> tagNames, List<Long> authorIds, Long featuredImageId, String imageCaption, String imageCredit,
		String seoTitle, String seoDescription, DeskStatus status, Instant publishedAt, Instant updatedAt,
		Long version) {

	static OpenedArticle of(Article article, Instant now) {
		return new OpenedArticle(article.getId(), article.getSlug(), article.getTitle(), article.getStandfirst(),
				article.getBody(), (article.getSection() != null) ? article.getSection().getId() : null,
				article.getTags().stream().map(Tag::getName).sorted().toList(),
				article.getAuthors().stream().map(Author::getId).toList(),
				(article.getFeaturedImage() != null) ? article.getFeaturedImage().getId() : null,
				article.getImageCaption(), article.getImageCredit(), article.getSeoTitle(), article.getSeoDescription(),
				DeskStatus.of(article, now), article.getPublishedAt(), article.getUpdatedAt(), article.getVersion());
	}

}
