package org.dastan.core.article.revision;

import java.io.Serializable;
import java.util.Locale;

/**
 * A field of an article that a comparison reports, besides the body: one of
 * {@link org.dastan.core.article.desk.ArticleDraft}'s components, by its name, or one
 * only revisions know (status, publication time). Editors see it labelled by the message
 * {@code admin.revisions.field.<name>}.
 *
 * @param prose whether the field holds prose, best shown with its changed words marked
 */
public record RevisionField(String name, boolean prose) implements Serializable {

	public static final RevisionField SLUG = new RevisionField("SLUG", false);

	public static final RevisionField STATUS = new RevisionField("STATUS", false);

	public static final RevisionField PUBLISHED_AT = new RevisionField("PUBLISHED_AT", false);

	public static final RevisionField SECTION = new RevisionField("SECTION", false);

	public static final RevisionField FEATURED_IMAGE = new RevisionField("FEATURED_IMAGE", false);

	/** A plain text component of the draft, such as {@code title}. */
	public static RevisionField text(String component) {
		return new RevisionField(component.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT), true);
	}

	public boolean isProse() {
		return this.prose;
	}

	// Templates build the label's message key from it.
	@Override
	public String toString() {
		return this.name;
	}

}
