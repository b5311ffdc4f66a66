package org.dastan.core.tag;

import org.dastan.core.tag.model.Tag;

/**
 * A tag as the admin lists it, with the number of articles that use it (as their section
 * or among their tags).
 */
public record TagSummary(long id, String slug, String name, TagKind kind, Integer navPosition, long articles) {

	static TagSummary of(Tag tag, long articles) {
		return new TagSummary(tag.getId(), tag.getSlug(), tag.getName(), tag.getKind(), tag.getNavPosition(), articles);
	}

	public boolean inNavigation() {
		return this.navPosition != null;
	}

}
