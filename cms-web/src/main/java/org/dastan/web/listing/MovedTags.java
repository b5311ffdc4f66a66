package org.dastan.web.listing;

import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;
import org.dastan.web.error.NotFoundException;

/**
 * Finds the section or tag a public address names. Links to a slug it gave up (by a
 * rename, or by being merged into another tag) are sent on to where it lives now, with a
 * permanent redirect, so that old links and feed subscriptions keep working.
 */
@Component
public class MovedTags {

	private final TagService tags;

	MovedTags(TagService tags) {
		this.tags = tags;
	}

	/**
	 * What {@code show} makes of the section at {@code /sections/{slug}{rest}}, or the
	 * redirect to its current slug.
	 */
	public Object section(String slug, String rest, Function<TagView, Object> show) {
		TagView section = this.tags.findBySlug(slug)
			.filter(TagView::isSection)
			.orElseThrow(() -> new NotFoundException("Section"));
		return section.slug().equals(slug) ? show.apply(section) : permanent("/sections/" + section.slug() + rest);
	}

	/**
	 * What {@code show} makes of the tag at {@code /tags/{slug}{rest}}, or the redirect
	 * to its current slug.
	 */
	public Object tag(String slug, String rest, Function<TagView, Object> show) {
		TagView tag = this.tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("Tag"));
		return tag.slug().equals(slug) ? show.apply(tag) : permanent("/tags/" + tag.slug() + rest);
	}

	private static RedirectView permanent(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setPropagateQueryParams(true);
		return redirect;
	}

}
