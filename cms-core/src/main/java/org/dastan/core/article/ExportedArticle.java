package org.dastan.core.article;

import java.time.Instant;
import java.util.List;

/**
 * An article whole, as an export that leaves Dastan writes it.
 *
 * @param sectionSlug its section's slug, or {@code null}
 * @param imageFile its featured image's file name in the media library, or {@code null}
 * @param lead whether editors keep it on top of the front page (WordPress's sticky)
 */
public record ExportedArticle(long id, String slug, String title, String standfirst, String body, ArticleStatus status,
		Instant publishedAt, Instant createdAt, Instant updatedAt, String sectionSlug, List<String> tagSlugs,
		List<String> authorSlugs, String imageFile, String imageAlt, String imageCaption, String imageCredit,
		Long imageId, String seoTitle, String seoDescription, boolean lead) {

}
