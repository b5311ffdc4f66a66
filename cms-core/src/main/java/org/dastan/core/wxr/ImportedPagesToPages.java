package org.dastan.core.wxr;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.dastan.core.page.PageDraft;
import org.dastan.core.page.PageView;
import org.dastan.core.page.Pages;

/**
 * WordPress pages become the site's pages. A page an earlier run made is found by its id
 * and keeps what editors chose for it since: its address and its place in the footer. A
 * new one is added as WordPress published it, outside the footer menu, which editors
 * order themselves; a page of the site with the same address is written over, as the
 * newsroom's own About page replaces the one the site came with.
 */
@Component
class ImportedPagesToPages implements ImportedPageSink {

	private final Pages pages;

	ImportedPagesToPages(Pages pages) {
		this.pages = pages;
	}

	@Override
	public StoredPage put(Long id, ImportedPage page) {
		Optional<PageView> earlier = (id != null) ? this.pages.find(id) : Optional.empty();
		PageDraft draft = new PageDraft(page.title(), earlier.map(PageView::slug).orElse(page.slug()), page.body(),
				earlier.map(PageView::seoDescription).orElse(null), earlier.map(PageView::inFooter).orElse(false));
		PageView saved = this.pages.importPage(draft, page.publishedAt() != null);
		return new StoredPage(saved.id(), saved.path());
	}

}
