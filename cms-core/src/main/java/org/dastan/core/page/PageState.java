package org.dastan.core.page;

/**
 * What readers could see of a page at one moment: its address, its title, whether it was
 * published and where the footer menu showed it.
 */
public record PageState(String slug, String title, boolean published, boolean inFooter, int footerPosition) {

	/** Whether the footer menu shows the page. */
	public boolean inFooterMenu() {
		return this.published && this.inFooter;
	}

}
