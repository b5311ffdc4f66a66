package org.dastan.core.wxr;

import java.time.Instant;

/**
 * Where imported WordPress pages go: the page feature implements it. While no bean does,
 * the import reports its pages as not carried.
 */
public interface ImportedPageSink {

	/**
	 * Stores the page, or writes it over the one an earlier run made.
	 * @param id the page an earlier run made, or {@code null}
	 * @return the page's id and its public path
	 */
	StoredPage put(Long id, ImportedPage page);

	/**
	 * A page as the import read it.
	 *
	 * @param slug a valid slug, perhaps taken by another page
	 * @param body sanitized HTML
	 * @param publishedAt when it went out, or {@code null} for a draft
	 */
	record ImportedPage(String slug, String title, String body, Instant publishedAt, Instant updatedAt, int menuOrder) {

	}

	/** A stored page: its id and where readers find it. */
	record StoredPage(long id, String path) {

	}

}
