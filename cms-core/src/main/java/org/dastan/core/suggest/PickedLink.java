package org.dastan.core.suggest;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.suggest.internal.SuggestedLink;

/**
 * A link an editor picked, as the editor's list shows it.
 *
 * @param articleSlug the target article's slug, or {@code null} for an external link
 * @param status the target article's status, or {@code null} for an external link
 */
public record PickedLink(long id, String title, String articleSlug, String url, ArticleStatus status) {

	static PickedLink of(SuggestedLink link) {
		if (link.getTarget() == null) {
			return new PickedLink(link.getId(), link.getTitle(), null, link.getUrl(), null);
		}
		return new PickedLink(link.getId(), link.getTarget().getTitle(), link.getTarget().getSlug(), null,
				link.getTarget().getStatus());
	}

	public boolean isExternal() {
		return this.url != null;
	}

}
