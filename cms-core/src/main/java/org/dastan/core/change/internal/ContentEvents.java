package org.dastan.core.change.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePart;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.ArticleRefs;
import org.dastan.core.article.ArticleUnpublished;
import org.dastan.core.article.LeadStoryChanged;
import org.dastan.core.author.AuthorChanged;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.media.MediaChanged;
import org.dastan.core.page.PageChanged;
import org.dastan.core.rate.CurrenciesChanged;
import org.dastan.core.rate.RateCorrected;
import org.dastan.core.rate.RatesImported;
import org.dastan.core.redirect.RedirectsChanged;
import org.dastan.core.sidebar.SidebarChanged;
import org.dastan.core.suggest.SuggestedLinksChanged;
import org.dastan.core.tag.TagChanged;
import org.dastan.core.tag.TagsMerged;
import org.dastan.core.wxr.WordPressImported;

/**
 * The features' events that change what readers see, each written to the change log with
 * the keys of what shows it. What publishes none (staff accounts, the audit log,
 * revisions, the import log, autosaves, page views) changes no public page, and neither
 * does an edit of a draft or of a scheduled article. Plain listeners, called in the
 * publisher's transaction: the row must commit with the change, or not at all.
 */
@Component
class ContentEvents {

	private final ChangeLog log;

	ContentEvents(ChangeLog log) {
		this.log = log;
	}

	/** A new article on the site: its page, its card and every list it joins. */
	@EventListener
	void published(ArticlePublished published) {
		this.log.changed(listed(published.article()));
	}

	@EventListener
	void unpublished(ArticleUnpublished unpublished) {
		this.log.changed(listed(unpublished.article()));
	}

	/**
	 * An edit of a public article drops its own page and the feeds; its card only when
	 * card fields changed; the lists it joined or left only when its section, tags or
	 * byline changed. An edit cannot move a public article's date: rescheduling takes it
	 * off the site, and that is {@link ArticleUnpublished}.
	 */
	@EventListener
	void changed(ArticleChanged changed) {
		if (!changed.isPublic()) {
			return;
		}
		ArticleRefs before = changed.before();
		ArticleRefs after = changed.after();
		Set<String> keys = new LinkedHashSet<>();
		keys.add(ContentKey.article(changed.articleId()));
		keys.add(ContentKey.FEEDS);
		if (changed.parts().contains(ArticlePart.CARD) || changed.parts().contains(ArticlePart.SLUG)) {
			keys.add(ContentKey.card(changed.articleId()));
		}
		if (!Objects.equals(before.sectionId(), after.sectionId())) {
			Stream.of(before.sectionId(), after.sectionId())
				.filter(Objects::nonNull)
				.forEach((section) -> keys.add(ContentKey.tagList(section)));
		}
		if (changed.parts().contains(ArticlePart.TAGS)) {
			Stream.concat(before.tagIds().stream(), after.tagIds().stream())
				.forEach((tag) -> keys.add(ContentKey.tagList(tag)));
		}
		if (changed.parts().contains(ArticlePart.BYLINES)) {
			Stream.concat(before.authorIds().stream(), after.authorIds().stream())
				.forEach((author) -> keys.add(ContentKey.authorList(author)));
		}
		this.log.changed(keys);
	}

	/** A pin decides only the order of the front page's first articles. */
	@EventListener(LeadStoryChanged.class)
	void leadStoryChanged() {
		this.log.changed(Set.of(ContentKey.LATEST));
	}

	@EventListener
	void tagChanged(TagChanged changed) {
		Set<String> keys = new LinkedHashSet<>(Set.of(ContentKey.tag(changed.tagId())));
		if (changed.navigation()) {
			keys.add(ContentKey.NAVIGATION);
		}
		this.log.changed(keys);
	}

	/** Every article of the source now carries the target, under the target's name. */
	@EventListener
	void tagsMerged(TagsMerged merged) {
		this.log.changed(Set.of(ContentKey.tag(merged.sourceId()), ContentKey.tag(merged.targetId()),
				ContentKey.tagList(merged.sourceId()), ContentKey.tagList(merged.targetId()), ContentKey.NAVIGATION,
				ContentKey.FEEDS));
	}

	@EventListener
	void authorChanged(AuthorChanged changed) {
		this.log.changed(Set.of(ContentKey.author(changed.authorId())));
	}

	/**
	 * Pages show an image by its file, not by the library's entry: a change of an image's
	 * text or crop drops everything. It is rare, next to saves of articles.
	 */
	@EventListener
	void mediaChanged(MediaChanged changed) {
		this.log.changed(Set.of(ContentKey.ALL));
	}

	/** An import may touch any page; it is rare, and the site shows all it brought. */
	@EventListener(WordPressImported.class)
	void wordPressImported() {
		this.log.changed(Set.of(ContentKey.ALL));
	}

	@EventListener({ RatesImported.class, RateCorrected.class, CurrenciesChanged.class })
	void ratesChanged() {
		this.log.changed(Set.of(ContentKey.RATES));
	}

	@EventListener(SidebarChanged.class)
	void sidebarChanged() {
		this.log.changed(Set.of(ContentKey.SIDEBAR));
	}

	/**
	 * A public page's edit drops its own address and the sitemap; a change of what the
	 * footer menu shows drops every page, as every page shows it. A draft's edit drops
	 * nothing.
	 */
	@EventListener
	void pageChanged(PageChanged changed) {
		Set<String> keys = new LinkedHashSet<>();
		if (changed.pageChanged()) {
			keys.add(ContentKey.page(changed.pageId()));
			keys.add(ContentKey.FEEDS);
		}
		if (changed.footerChanged()) {
			keys.add(ContentKey.FOOTER);
		}
		if (!keys.isEmpty()) {
			this.log.changed(keys);
		}
	}

	@EventListener(RedirectsChanged.class)
	void redirectsChanged() {
		this.log.changed(Set.of(ContentKey.REDIRECTS));
	}

	@EventListener(SuggestedLinksChanged.class)
	void suggestedLinksChanged() {
		this.log.changed(Set.of(ContentKey.SUGGESTED));
	}

	private static Set<String> listed(ArticleRefs article) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(ContentKey.article(article.articleId()));
		keys.add(ContentKey.card(article.articleId()));
		keys.add(ContentKey.LATEST);
		keys.add(ContentKey.FEEDS);
		if (article.sectionId() != null) {
			keys.add(ContentKey.tagList(article.sectionId()));
		}
		article.tagIds().forEach((tag) -> keys.add(ContentKey.tagList(tag)));
		article.authorIds().forEach((author) -> keys.add(ContentKey.authorList(author)));
		return keys;
	}

}
