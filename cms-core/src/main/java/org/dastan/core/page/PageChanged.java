package org.dastan.core.page;

import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A page was created, edited, published, unpublished, moved in the footer's order or
 * deleted.
 *
 * @param pageId the page
 * @param before how it stood before, or {@code null} when it was just created
 * @param after how it stands now, or {@code null} when it was deleted
 * @param textChanged whether its title, body, description or slug changed
 */
@DomainEvent
public record PageChanged(long pageId, PageState before, PageState after, boolean textChanged) {

	/** Whether readers saw the page before or see it now. */
	public boolean isPublicEither() {
		return isPublic(this.before) || isPublic(this.after);
	}

	/** Whether the page's own address shows something else now. */
	public boolean pageChanged() {
		return isPublicEither() && (this.textChanged || isPublic(this.before) != isPublic(this.after));
	}

	/** Whether the footer menu, on every public page, shows something else now. */
	public boolean footerChanged() {
		return !Objects.equals(footerEntry(this.before), footerEntry(this.after));
	}

	/** The page's former slug when a published page moved to a new one; else null. */
	public String movedFrom() {
		if (isPublic(this.before) && isPublic(this.after) && !this.before.slug().equals(this.after.slug())) {
			return this.before.slug();
		}
		return null;
	}

	private static boolean isPublic(PageState state) {
		return state != null && state.published();
	}

	private static PageState footerEntry(PageState state) {
		return (state != null && state.inFooterMenu()) ? state : null;
	}

}
