package org.dastan.core.article.desk;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.dastan.core.article.model.Article;
import org.dastan.core.author.model.Author;
import org.dastan.core.media.model.Media;
import org.dastan.core.tag.model.Tag;

/**
 * What an editor typed into the article form, ready to be applied to an article. It is
 * the one list of an article's editable fields: the form, autosaves, revisions and the
 * desk read them from its components, so a new field is added here and not in each of
 * them.
 *
 * @param slug the wanted slug, or blank to make one from the title
 * @param tagNames tag names; unknown ones are created as topics
 * @param authorIds the byline, in order
 */
public record ArticleDraft(String title, String slug, String standfirst, String body, Long sectionId,
		List<String> tagNames, List<Long> authorIds, Long featuredImageId, String imageCaption, String imageCredit,
		String seoTitle, String seoDescription) {

	/**
	 * The components that are plain text, which {@link #applyTextTo} writes and revisions
	 * compare word by word: every text but the slug and the body.
	 */
	public static final List<String> TEXT_FIELDS = Arrays.stream(ArticleDraft.class.getRecordComponents())
		.filter((component) -> component.getType() == String.class)
		.map(RecordComponent::getName)
		.filter((name) -> !name.equals("slug") && !name.equals("body"))
		.toList();

	/**
	 * The article's fields as its form shows them; section and image as ids, tags by name
	 * in alphabetical order.
	 */
	public static ArticleDraft of(Article article) {
		return new ArticleDraft(article.getTitle(), article.getSlug(), article.getStandfirst(), article.getBody(),
				id(article.getSection(), Tag::getId), article.getTags().stream().map(Tag::getName).sorted().toList(),
				article.getAuthors().stream().map(Author::getId).toList(), id(article.getFeaturedImage(), Media::getId),
				article.getImageCaption(), article.getImageCredit(), article.getSeoTitle(),
				article.getSeoDescription());
	}

	/**
	 * Writes the plain text fields ({@link #TEXT_FIELDS}) onto the article, stripped, a
	 * blank one as none. Slug, body, section, tags, byline and image need the desk's
	 * checks and are left to it.
	 */
	public void applyTextTo(Article article) {
		article.retitle(this.title.strip());
		article.writeStandfirst(blankToNull(this.standfirst));
		article.captionImage(blankToNull(this.imageCaption), blankToNull(this.imageCredit));
		article.describeForSearch(blankToNull(this.seoTitle), blankToNull(this.seoDescription));
	}

	/** The value of a component by name, for code that walks the fields generically. */
	public Object get(String component) {
		try {
			return accessor(component).invoke(this);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** This draft with one component, named as in the record, set to another value. */
	public ArticleDraft with(String component, Object value) {
		accessor(component);
		RecordComponent[] components = ArticleDraft.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = components[i].getName().equals(component) ? value : get(components[i].getName());
		}
		try {
			return ArticleDraft.class.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Method accessor(String component) {
		return Arrays.stream(ArticleDraft.class.getRecordComponents())
			.filter((c) -> c.getName().equals(component))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No field " + component))
			.getAccessor();
	}

	private static <T> Long id(T entity, Function<T, Long> id) {
		return (entity != null) ? id.apply(entity) : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** When to publish, for the scheduling action. */
	public record Schedule(Instant at) {
	}

}
