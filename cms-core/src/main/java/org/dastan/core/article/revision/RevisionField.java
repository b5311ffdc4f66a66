package org.dastan.core.article.revision;

/**
 * The audited fields of an article that a comparison reports, besides the body.
 */
public enum RevisionField {

	TITLE(true), STANDFIRST(true), SLUG(false), STATUS(false), PUBLISHED_AT(false), SECTION(false),
	FEATURED_IMAGE(false), IMAGE_CAPTION(true), IMAGE_CREDIT(true), SEO_TITLE(true), SEO_DESCRIPTION(true);

	private final boolean prose;

	RevisionField(boolean prose) {
		this.prose = prose;
	}

	/** Whether the field holds prose, best shown with its changed words marked. */
	public boolean isProse() {
		return this.prose;
	}

}
