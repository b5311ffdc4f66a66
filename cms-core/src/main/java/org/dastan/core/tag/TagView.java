package org.dastan.core.tag;

import java.util.List;

import org.dastan.core.tag.model.Tag;

/**
 * A tag as its page and its edit form show it.
 *
 * @param version what a save must start from
 * @param formerSlugs the addresses it gave up, which still lead here, in order
 */
public record TagView(long id, String slug, String name, String description, TagKind kind, boolean inNavigation,
		long version, List<String> formerSlugs) {

	static TagView of(Tag tag) {
		return new TagView(tag.getId(), tag.getSlug(), tag.getName(), tag.getDescription(), tag.getKind(),
				tag.getNavPosition() != null, tag.getVersion(), tag.getFormerSlugs().stream().sorted().toList());
	}

	public boolean isSection() {
		return this.kind == TagKind.SECTION;
	}

	public TagRef ref() {
		return new TagRef(this.id, this.slug, this.name);
	}

}
