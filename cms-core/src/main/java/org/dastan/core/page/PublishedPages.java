package org.dastan.core.page;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentKeys;
import org.dastan.core.page.internal.Page;
import org.dastan.core.page.internal.PageRepository;

/**
 * Pages as readers see them: a published page by its slug, the footer menu and the
 * sitemap's list. A page names {@link ContentKey#page} as it is read, and the footer menu
 * {@link ContentKey#FOOTER}, so that a page's save drops that page alone, and a change of
 * the menu every page.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPages {

	private final PageRepository pages;

	private final ContentCache<String, PublicPage> kept;

	private final ContentCache<String, List<FooterLink>> footer;

	PublishedPages(PageRepository pages, ContentCaches caches) {
		this.pages = pages;
		this.kept = caches.create(200);
		this.footer = caches.create(1);
	}

	/** The published page with the slug; an unknown slug is looked up each time. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<PublicPage> find(String slug) {
		return Optional.ofNullable(this.kept.get(slug,
				() -> this.pages.findBySlugAndStatus(slug, PageStatus.PUBLISHED)
					.map(PublishedPages::page)
					.orElse(null)));
	}

	/** A page as it would show when published, drafts included: for the preview. */
	public Optional<PublicPage> preview(long id) {
		return this.pages.findById(id).map(PublishedPages::page);
	}

	/** Whether a published page answers at the slug, read afresh. */
	public boolean isPublished(String slug) {
		return this.pages.findBySlugAndStatus(slug, PageStatus.PUBLISHED).isPresent();
	}

	/** The footer menu: the published pages marked for it, in the editors' order. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<FooterLink> footer() {
		return this.footer.get("footer", () -> {
			ContentKeys.touch(ContentKey.FOOTER);
			return this.pages.findByStatusAndInFooterTrueOrderByFooterPositionAscIdAsc(PageStatus.PUBLISHED)
				.stream()
				.map((page) -> new FooterLink(page.getTitle(), PageAddresses.path(page.getSlug())))
				.toList();
		});
	}

	/** Every published page, for the sitemap, which follows them as it follows feeds. */
	public List<PageSitemapEntry> sitemap() {
		ContentKeys.touch(ContentKey.FEEDS);
		return this.pages.findByStatusOrderBySlug(PageStatus.PUBLISHED)
			.stream()
			.map((page) -> new PageSitemapEntry(PageAddresses.path(page.getSlug()), page.getUpdatedAt()))
			.toList();
	}

	private static PublicPage page(Page page) {
		ContentKeys.touch(ContentKey.page(page.getId()));
		return new PublicPage(page.getId(), page.getSlug(), page.getTitle(), page.getBody(), page.getSeoDescription(),
				page.getUpdatedAt());
	}

}
