package org.dastan.core.tag;

import org.dastan.core.tag.model.Tag;

/**
 * A tag as pages link to it.
 */
public record TagRef(long id, String slug, String name) {

	public static TagRef of(Tag tag) {
		return (tag != null) ? new TagRef(tag.getId(), tag.getSlug(), tag.getName()) : null;
	}

}
