package org.dastan.core.article.revision;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.desk.ArticleDraft;
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

	// The draft's fields in its order, then what only revisions know; tags and byline are
	// not audited, and the body has its own comparison below.
	private final List<Row> rows = new ArrayList<>();

	ArticleDiffer(TagService tags, MediaLibrary media, NewsroomProperties newsroom) {
		this.tags = tags;
		this.media = media;
		this.newsroom = newsroom;
		for (RecordComponent component : ArticleDraft.class.getRecordComponents()) {
			String name = component.getName();
			Function<ArticleSnapshot, Object> value = (snapshot) -> snapshot.draft().get(name);
			if (name.equals("sectionId")) {
				this.rows.add(new Row(RevisionField.SECTION, value, (id) -> sectionName((Long) id)));
			}
			else if (name.equals("featuredImageId")) {
				this.rows.add(new Row(RevisionField.FEATURED_IMAGE, value, (id) -> imageName((Long) id)));
			}
			else if (name.equals("slug")) {
				this.rows.add(new Row(RevisionField.SLUG, value, Object::toString));
			}
			else if (ArticleDraft.TEXT_FIELDS.contains(name)) {
				this.rows.add(new Row(RevisionField.text(name), value, Object::toString));
			}
		}
		this.rows
			.add(new Row(RevisionField.STATUS, ArticleSnapshot::status, (status) -> ((ArticleStatus) status).name()));
		this.rows.add(new Row(RevisionField.PUBLISHED_AT, ArticleSnapshot::publishedAt, (at) -> format((Instant) at)));
	}

	RevisionDiff diff(long articleId, RevisionSummary from, ArticleSnapshot older, RevisionSummary to,
			ArticleSnapshot newer) {
		List<FieldChange> fields = new ArrayList<>();
		for (Row row : this.rows) {
			add(fields, row.field(), row.value().apply(older), row.value().apply(newer), row.show());
		}
		return new RevisionDiff(articleId, from, to, fields,
				BodyDiff.between(older.draft().body(), newer.draft().body()));
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

	private record Row(RevisionField field, Function<ArticleSnapshot, Object> value, Function<Object, String> show) {
	}

}
