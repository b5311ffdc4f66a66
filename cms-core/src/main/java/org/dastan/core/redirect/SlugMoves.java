package org.dastan.core.redirect;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePart;
import org.dastan.core.author.AuthorMoved;
import org.dastan.core.page.PageAddresses;
import org.dastan.core.page.PageChanged;
import org.dastan.core.tag.TagChanged;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagsMerged;
import org.dastan.core.tag.TagView;

/**
 * Turns addresses that moved into redirects, in the transaction of the move, so that the
 * redirects commit with it. A public article's, a published page's or an author's old
 * address leads to the new one; a tag's old addresses already answer with a redirect of
 * their own ({@code MovedTags} in cms-web), so only the redirects that led to them are
 * pointed at the tag's address now.
 */
@Component
class SlugMoves {

	private final Redirects redirects;

	private final TagService tags;

	SlugMoves(Redirects redirects, TagService tags) {
		this.redirects = redirects;
		this.tags = tags;
	}

	@EventListener
	void articleChanged(ArticleChanged changed) {
		String before = changed.before().slug();
		String after = changed.after().slug();
		if (changed.isPublic() && changed.parts().contains(ArticlePart.SLUG) && !before.equals(after)) {
			this.redirects.moved(RedirectPaths.ARTICLES + before, RedirectPaths.ARTICLES + after);
		}
	}

	@EventListener
	void authorMoved(AuthorMoved moved) {
		this.redirects.moved(RedirectPaths.AUTHORS + moved.formerSlug(), RedirectPaths.AUTHORS + moved.slug());
	}

	@EventListener
	void pageChanged(PageChanged changed) {
		String before = changed.movedFrom();
		if (before != null) {
			this.redirects.moved(PageAddresses.path(before), PageAddresses.path(changed.after().slug()));
		}
	}

	@EventListener
	void tagChanged(TagChanged changed) {
		if (changed.renamed()) {
			tagMoved(changed.tagId());
		}
	}

	@EventListener
	void tagsMerged(TagsMerged merged) {
		tagMoved(merged.targetId());
	}

	private void tagMoved(long tagId) {
		this.tags.find(tagId).ifPresent((tag) -> {
			List<String> old = new ArrayList<>();
			for (String slug : tag.formerSlugs()) {
				old.add(RedirectPaths.SECTIONS + slug);
				old.add(RedirectPaths.TAGS + slug);
			}
			// A section answers at /tags/ too; a topic has no section page.
			if (!tag.isSection()) {
				old.add(RedirectPaths.SECTIONS + tag.slug());
			}
			this.redirects.retarget(old, address(tag));
		});
	}

	private static String address(TagView tag) {
		return (tag.isSection() ? RedirectPaths.SECTIONS : RedirectPaths.TAGS) + tag.slug();
	}

}
