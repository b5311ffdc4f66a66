package org.dastan.web.listing;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagRepository;
import org.dastan.web.error.NotFoundException;

/**
 * Sends links to a slug a tag or section gave up (by a rename, or by being merged into
 * another tag) on to where it lives now, with a permanent redirect, so that old links and
 * feed subscriptions keep working.
 */
@Component
public class MovedTags {

	private final TagRepository tags;

	MovedTags(TagRepository tags) {
		this.tags = tags;
	}

	/**
	 * The redirect from {@code /sections/{formerSlug}{rest}}, when that section now has
	 * another slug.
	 */
	public RedirectView section(String formerSlug, String rest) {
		Tag section = this.tags.findByFormerSlug(formerSlug)
			.filter(Tag::isSection)
			.orElseThrow(() -> new NotFoundException("Section"));
		return permanent("/sections/" + section.getSlug() + rest);
	}

	/** The redirect from {@code /tags/{formerSlug}{rest}}, when that tag moved. */
	public RedirectView tag(String formerSlug, String rest) {
		Tag tag = this.tags.findByFormerSlug(formerSlug).orElseThrow(() -> new NotFoundException("Tag"));
		return permanent("/tags/" + tag.getSlug() + rest);
	}

	private static RedirectView permanent(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setPropagateQueryParams(true);
		return redirect;
	}

}
