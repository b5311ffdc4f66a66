package org.dastan.core.article.revision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

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
		List<RevisionField> kept = new ArrayList<>();
		SanitizedHtml body = this.sanitizer.sanitize(old.body());
		String slug = old.slug();
		// Another article's slug, or one it gave up, still leads there: the desk's rule.
		if (this.articles.isSlugTaken(slug, article.getId())) {
			slug = article.getSlug();
			kept.add(RevisionField.SLUG);
		}
		Tag section = (old.sectionId() != null)
				? this.tags.findModel(old.sectionId()).filter(Tag::isSection).orElse(null) : null;
		if (old.sectionId() != null && section == null) {
			section = article.getSection();
			kept.add(RevisionField.SECTION);
		}
		Media image = (old.imageId() != null) ? this.media.find(old.imageId()).orElse(null) : null;
		String caption = old.imageCaption();
		String credit = old.imageCredit();
		if (old.imageId() != null && image == null) {
			image = article.getFeaturedImage();
			caption = article.getImageCaption();
			credit = article.getImageCredit();
			kept.add(RevisionField.FEATURED_IMAGE);
		}
		ArticleSnapshot restored = new ArticleSnapshot(old.title(), old.standfirst(), slug, null, null,
				(section != null) ? section.getId() : null, (image != null) ? image.getId() : null, caption, credit,
				old.seoTitle(), old.seoDescription(), body.html());
		if (restored.equals(current.content())) {
			return Optional.empty();
		}
		article.retitle(old.title());
		article.writeStandfirst(old.standfirst());
		article.writeBody(body);
		article.rename(slug);
		article.placeIn(section);
		article.illustrate(image, caption, credit);
		article.describeForSearch(old.seoTitle(), old.seoDescription());
		article.markUpdated(this.clock.instant());
		return Optional.of(kept);
	}

}
