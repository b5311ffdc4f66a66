package org.dastan.core.suggest;

import org.dastan.core.media.ImageRef;
import org.dastan.core.tag.TagRef;

/**
 * One entry of the Suggested Articles block: an article of the site (by slug) or an
 * external URL.
 */
public record Suggestion(String title, String articleSlug, String externalUrl, TagRef section, ImageRef image) {

	public boolean isExternal() {
		return this.externalUrl != null;
	}

}
