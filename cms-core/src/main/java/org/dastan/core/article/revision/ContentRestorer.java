package org.dastan.core.article.revision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.model.Media;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.model.Tag;

/**
 * Copies an old revision's content onto the current article, fitted to the present: a
 * slug another article now answers to, or a section or image deleted since, stays as it
 * is now. Status and publication time are never touched.
 */
@Component
class ContentRestorer {

	private final ArticleRepository articles;

	private final TagService tags;

	private final MediaLibrary media;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	ContentRestorer(ArticleRepository articles, TagService tags, MediaLibrary media, HtmlSanitizer sanitizer,
			Clock clock) {
		this.articles = articles;
		this.tags = tags;
		this.media = media;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	/**
	 * Restores the old content onto the article.
	 * @return the fields kept at their current value, or empty when the article already
	 * has the old content and was left alone
	 */
	Optional<List<RevisionField>> restore(Article article, ArticleSnapshot old, ArticleSnapshot current) {
		ArticleDraft now = current.draft();
		List<RevisionField> kept = new ArrayList<>();
		SanitizedHtml body = this.sanitizer.sanitize(old.draft().body());
		// Tags and byline are not audited: they stay as they are now.
		ArticleDraft restored = old.draft()
			.with("body", body.html())
			.with("tagNames", now.tagNames())
			.with("authorIds", now.authorIds());
		// Another article's slug, or one it gave up, still leads there: the desk's rule.
		if (this.articles.isSlugTaken(restored.slug(), article.getId())) {
			restored = restored.with("slug", article.getSlug());
			kept.add(RevisionField.SLUG);
		}
		Long sectionId = restored.sectionId();
		Tag section = (sectionId != null) ? this.tags.findModel(sectionId).filter(Tag::isSection).orElse(null) : null;
		if (sectionId != null && section == null) {
			section = article.getSection();
			restored = restored.with("sectionId", now.sectionId());
			kept.add(RevisionField.SECTION);
		}
		Long imageId = restored.featuredImageId();
		Media image = (imageId != null) ? this.media.find(imageId).orElse(null) : null;
		if (imageId != null && image == null) {
			// The caption and credit belong to the image, so they stay with it.
			image = article.getFeaturedImage();
			restored = restored.with("featuredImageId", now.featuredImageId())
				.with("imageCaption", now.imageCaption())
				.with("imageCredit", now.imageCredit());
			kept.add(RevisionField.FEATURED_IMAGE);
		}
		if (restored.equals(now)) {
			return Optional.empty();
		}
		restored.applyTextTo(article);
		article.writeBody(body);
		article.rename(restored.slug());
		article.placeIn(section);
		article.illustrate(image);
		article.markUpdated(this.clock.instant());
		return Optional.of(kept);
	}

}
