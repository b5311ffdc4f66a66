package org.dastan.core.change.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.ArticleUnpublished;
import org.dastan.core.author.AuthorChanged;
import org.dastan.core.media.MediaChanged;
import org.dastan.core.rate.CurrenciesChanged;
import org.dastan.core.rate.RateCorrected;
import org.dastan.core.rate.RatesImported;
import org.dastan.core.sidebar.SidebarChanged;
import org.dastan.core.suggest.SuggestedLinksChanged;
import org.dastan.core.tag.TagChanged;
import org.dastan.core.tag.TagsMerged;

/**
 * The features' events that change what readers see, each bumping the content version.
 * What publishes none (staff accounts, the audit log, revisions, the import log, editors'
 * autosaves, page views) changes no public page, so a login or an editor's typing empties
 * no cache. Plain listeners, called in the publisher's transaction: the bump must commit
 * with the change, or not at all.
 */
@Component
class ContentEvents {

	private final VersionBumps bumps;

	ContentEvents(VersionBumps bumps) {
		this.bumps = bumps;
	}

	@EventListener({ ArticlePublished.class, ArticleUnpublished.class, TagChanged.class, TagsMerged.class,
			AuthorChanged.class, MediaChanged.class, RatesImported.class, RateCorrected.class, CurrenciesChanged.class,
			SidebarChanged.class, SuggestedLinksChanged.class })
	void contentChanged() {
		this.bumps.changed();
	}

	/** A draft's or a scheduled article's edit shows on no public page. */
	@EventListener
	void articleChanged(ArticleChanged changed) {
		if (changed.isPublic()) {
			this.bumps.changed();
		}
	}

}
