package org.dastan.core.page;

import java.time.Instant;

/**
 * A page as readers see it at its address.
 *
 * @param bodyHtml the sanitized body
 * @param seoDescription the description for search engines, or {@code null}
 * @param updatedAt when it last changed
 */
public record PublicPage(long id, String slug, String title, String bodyHtml, String seoDescription,
		Instant updatedAt) {

	public String path() {
		return PageAddresses.path(this.slug);
	}

}
