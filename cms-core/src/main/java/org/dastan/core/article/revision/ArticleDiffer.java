package org.dastan.core.article.revision;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;

/**
 * Builds the readable comparison of two states of an article: changed fields with the
 * names editors know (section name, image file), then the body block by block.
 */
@Component
class ArticleDiffer {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final TagService tags;

	private final MediaLibrary media;

	private final NewsroomProperties newsroom;

	ArticleDiffer(TagService tags, MediaLibrary media, NewsroomProperties newsroom) {
		this.tags = tags;
		this.media = media;
		this.newsroom = newsroom;
	}

	RevisionDiff diff(long articleId, RevisionSummary from, ArticleSnapshot older, RevisionSummary to,
			ArticleSnapshot newer) {
		List<FieldChange> fields = new ArrayList<>();
		add(fields, RevisionField.TITLE, older.title(), newer.title(), Function.identity());
		add(fields, RevisionField.STANDFIRST, older.standfirst(), newer.standfirst(), Function.identity());
		add(fields, RevisionField.SLUG, older.slug(), newer.slug(), Function.identity());
		add(fields, RevisionField.STATUS, older.status(), newer.status(), ArticleStatus::name);
		add(fields, RevisionField.PUBLISHED_AT, older.publishedAt(), newer.publishedAt(), this::format);
		add(fields, RevisionField.SECTION, older.sectionId(), newer.sectionId(), this::sectionName);
		add(fields, RevisionField.FEATURED_IMAGE, older.imageId(), newer.imageId(), this::imageName);
		add(fields, RevisionField.IMAGE_CAPTION, older.imageCaption(), newer.imageCaption(), Function.identity());
		add(fields, RevisionField.IMAGE_CREDIT, older.imageCredit(), newer.imageCredit(), Function.identity());
		add(fields, RevisionField.SEO_TITLE, older.seoTitle(), newer.seoTitle(), Function.identity());
		add(fields, RevisionField.SEO_DESCRIPTION, older.seoDescription(), newer.seoDescription(), Function.identity());
		return new RevisionDiff(articleId, from, to, fields, BodyDiff.between(older.body(), newer.body()));
	}

	// An empty text and no text are the same to an editor.
	private static <T> void add(List<FieldChange> fields, RevisionField field, T before, T after,
			Function<T, String> show) {
		if (Objects.equals(blankToNull(before), blankToNull(after))) {
			return;
		}
		String shownBefore = (blankToNull(before) != null) ? show.apply(before) : "";
		String shownAfter = (blankToNull(after) != null) ? show.apply(after) : "";
		List<Segment> words = field.isProse() ? WordDiff.between(shownBefore, shownAfter) : List.of();
		fields.add(new FieldChange(field, shownBefore, shownAfter, words));
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
	}

	private String format(Instant instant) {
		return MINUTES.format(instant.atZone(this.newsroom.timeZone()));
	}

	private String sectionName(Long id) {
		return this.tags.find(id).map(TagView::name).orElse("#" + id);
	}

	private String imageName(Long id) {
		return this.media.findImage(id).map(ImageRef::fileName).orElse("#" + id);
	}

}
