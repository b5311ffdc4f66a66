package org.dastan.core.page;

import java.time.Instant;

/**
 * A page as the staff see it: every field, whatever its status.
 *
 * @param version the version a save must be based on
 */
public record PageView(long id, String title, String slug, String body, String seoDescription, PageStatus status,
		boolean inFooter, int footerPosition, Instant publishedAt, Instant updatedAt, long version) {

	/** The page's address on the site. */
	public String path() {
		return PageAddresses.path(this.slug);
	}

	public boolean isPublished() {
		return this.status == PageStatus.PUBLISHED;
	}

	/** The editable fields, to fill a form with. */
	public PageDraft draft() {
		return new PageDraft(this.title, this.slug, this.body, this.seoDescription, this.inFooter);
	}

}
