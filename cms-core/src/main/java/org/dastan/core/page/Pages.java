package org.dastan.core.page;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.edit.Ordering;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.page.internal.Page;
import org.dastan.core.page.internal.PageRepository;
import org.dastan.core.page.internal.PageRevision;
import org.dastan.core.page.internal.PageRevisionRepository;
import org.dastan.core.slug.Slugs;

/**
 * The staff's and importers' door to pages: writing, publishing, ordering the footer
 * menu, deleting, and the revisions every save keeps. A save based on an older version
 * than the stored one is refused ({@link StaleEditException}); a broken rule is refused
 * next to its field ({@link RejectedEditException}). Every change is announced as
 * {@link PageChanged}.
 */
@Service
@Transactional
public class Pages {

	private final PageRepository pages;

	private final PageRevisionRepository revisions;

	private final HtmlSanitizer sanitizer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Pages(PageRepository pages, PageRevisionRepository revisions, HtmlSanitizer sanitizer,
			ApplicationEventPublisher events, Clock clock) {
		this.pages = pages;
		this.revisions = revisions;
		this.sanitizer = sanitizer;
		this.events = events;
		this.clock = clock;
	}

	/** Every page, drafts too, in the footer menu's order. */
	@Transactional(readOnly = true)
	public List<PageView> list() {
		return this.pages.findAllByOrderByFooterPositionAscIdAsc().stream().map(Pages::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PageView> find(long id) {
		return this.pages.findById(id).map(Pages::view);
	}

	@Transactional(readOnly = true)
	public Optional<PageView> findBySlug(String slug) {
		return this.pages.findBySlug(slug).map(Pages::view);
	}

	/** Adds a draft page at the end of the footer's order. */
	public PageView create(PageDraft draft) {
		Page page = new Page(this.clock.instant(), this.pages.findLastPosition() + 1);
		write(page, draft);
		page = this.pages.saveAndFlush(page);
		return saved(page, null, true, null);
	}

	/** Saves the draft over the page, unless someone saved it since it was opened. */
	public PageView update(long id, long openedVersion, PageDraft draft) {
		Page page = current(id, openedVersion);
		PageState before = state(page);
		write(page, draft);
		return saved(page, before, isNewText(page), null);
	}

	/**
	 * Creates the page with the draft's slug, or writes the draft over the one that has
	 * it, whatever its version, and publishes or unpublishes it: for importers, which
	 * name pages by their addresses.
	 */
	public PageView importPage(PageDraft draft, boolean published) {
		String slug = (draft.slug() != null) ? draft.slug().strip() : "";
		Optional<Page> existing = slug.isEmpty() ? Optional.empty() : this.pages.findBySlug(slug);
		Page page = existing.orElseGet(() -> new Page(this.clock.instant(), this.pages.findLastPosition() + 1));
		PageState before = existing.map(Pages::state).orElse(null);
		write(page, draft);
		if (published) {
			page.publish(this.clock.instant());
		}
		else {
			page.unpublish(this.clock.instant());
		}
		page = this.pages.saveAndFlush(page);
		return saved(page, before, before == null || isNewText(page), null);
	}

	public PageView publish(long id, long openedVersion) {
		Page page = current(id, openedVersion);
		PageState before = state(page);
		page.publish(this.clock.instant());
		return changed(page, before, false);
	}

	public PageView unpublish(long id, long openedVersion) {
		Page page = current(id, openedVersion);
		PageState before = state(page);
		page.unpublish(this.clock.instant());
		return changed(page, before, false);
	}

	public void delete(long id) {
		Page page = get(id);
		PageState before = state(page);
		List<Page> order = new ArrayList<>(ordered());
		order.remove(page);
		this.pages.delete(page);
		Ordering.renumber(order, Page::moveTo);
		this.events.publishEvent(new PageChanged(id, before, null, true));
	}

	/** Moves a page a place up ({@code -1}) or down ({@code 1}) in the footer's order. */
	public void move(long id, int step) {
		arrange(Ordering.move(ordered(), get(id), step));
	}

	/**
	 * Puts the pages in the given order; pages the list leaves out keep their relative
	 * order after it, and unknown ids are ignored.
	 */
	public void reorder(List<Long> ids) {
		arrange(Ordering.arrange(ordered(), ids, Page::getId));
	}

	/** The page's revisions, newest first. */
	@Transactional(readOnly = true)
	public List<PageRevisionSummary> history(long id) {
		get(id);
		return this.revisions.findByPageIdOrderByNumberDesc(id)
			.stream()
			.map((revision) -> new PageRevisionSummary(revision.getNumber(), revision.getSavedAt(),
					revision.getSavedBy(), revision.getTitle(), revision.getSlug(), revision.getRestoredFrom()))
			.toList();
	}

	/** The page's text as a revision left it. */
	@Transactional(readOnly = true)
	public PageDraft revision(long id, int number) {
		Page page = get(id);
		PageRevision revision = revision(page, number);
		return new PageDraft(revision.getTitle(), revision.getSlug(), revision.getBody(), revision.getSeoDescription(),
				page.isInFooter());
	}

	/**
	 * Brings back the text of an old revision and saves it as a new one; its slug too,
	 * unless another page has taken it since. Status and footer stay as they are.
	 * @return the page, or empty when it already reads like that revision
	 */
	public Optional<PageView> restore(long id, int number) {
		Page page = get(id);
		PageRevision revision = revision(page, number);
		if (revision.matches(page)) {
			return Optional.empty();
		}
		PageState before = state(page);
		boolean slugFree = !this.pages.existsBySlugAndIdNot(revision.getSlug(), page.getId());
		page.write(slugFree ? revision.getSlug() : page.getSlug(), revision.getTitle(),
				this.sanitizer.sanitize(revision.getBody()), revision.getSeoDescription(), page.isInFooter(),
				this.clock.instant());
		return Optional.of(saved(page, before, true, number));
	}

	private void arrange(List<Page> order) {
		Map<Long, PageState> before = order.stream().collect(Collectors.toMap(Page::getId, Pages::state));
		Ordering.renumber(order, Page::moveTo);
		for (Page page : order) {
			if (page.getFooterPosition() != before.get(page.getId()).footerPosition()) {
				this.events.publishEvent(new PageChanged(page.getId(), before.get(page.getId()), state(page), false));
			}
		}
	}

	private void write(Page page, PageDraft draft) {
		String title = (draft.title() != null) ? draft.title().strip() : "";
		if (title.isEmpty()) {
			throw new RejectedEditException("title", "rule.page.title.required");
		}
		if (title.length() > Page.MAX_TITLE_LENGTH) {
			throw new RejectedEditException("title", "rule.page.title.too-long", Page.MAX_TITLE_LENGTH);
		}
		String description = (draft.seoDescription() != null) ? draft.seoDescription().strip() : "";
		if (description.length() > Page.MAX_DESCRIPTION_LENGTH) {
			throw new RejectedEditException("seoDescription", "rule.page.description.too-long",
					Page.MAX_DESCRIPTION_LENGTH);
		}
		String typed = (draft.slug() != null) ? draft.slug().strip() : "";
		if (PageAddresses.isReserved(typed)) {
			throw new RejectedEditException("slug", "rule.page.slug.reserved", typed);
		}
		Long self = page.getId();
		String slug = Slugs.choose(typed, title, "page", Slugs.MAX_LENGTH,
				(candidate) -> PageAddresses.isReserved(candidate) || ((self != null)
						? this.pages.existsBySlugAndIdNot(candidate, self) : this.pages.existsBySlug(candidate)));
		SanitizedHtml body = this.sanitizer.sanitize(draft.body());
		if (body.html().length() > Page.MAX_BODY_LENGTH) {
			throw new RejectedEditException("body", "rule.page.body.too-long", Page.MAX_BODY_LENGTH);
		}
		page.write(slug, title, body, description.isEmpty() ? null : description, draft.inFooter(),
				this.clock.instant());
	}

	// Whether the text differs from the last revision kept.
	private boolean isNewText(Page page) {
		return this.revisions.findByPageIdAndNumber(page.getId(), this.revisions.findLastNumber(page.getId()))
			.map((last) -> !last.matches(page))
			.orElse(true);
	}

	// Keeps a revision when the text changed, then announces the change.
	private PageView saved(Page page, PageState before, boolean textChanged, Integer restoredFrom) {
		if (textChanged) {
			int number = this.revisions.findLastNumber(page.getId()) + 1;
			this.revisions.save(new PageRevision(page, number, this.clock.instant(), currentUsername(), restoredFrom));
		}
		return changed(page, before, textChanged);
	}

	private PageView changed(Page page, PageState before, boolean textChanged) {
		Page saved = this.pages.saveAndFlush(page);
		this.events.publishEvent(new PageChanged(saved.getId(), before, state(saved), textChanged));
		return view(saved);
	}

	private List<Page> ordered() {
		return this.pages.findAllByOrderByFooterPositionAscIdAsc();
	}

	private Page get(long id) {
		return this.pages.findById(id).orElseThrow(() -> new EntityNotFoundException("No page " + id));
	}

	private Page current(long id, long openedVersion) {
		Page page = get(id);
		if (page.getVersion() != openedVersion) {
			throw new StaleEditException(page.getVersion());
		}
		return page;
	}

	private PageRevision revision(Page page, int number) {
		return this.revisions.findByPageIdAndNumber(page.getId(), number)
			.orElseThrow(() -> new EntityNotFoundException("No revision " + number + " of page " + page.getId()));
	}

	private static PageState state(Page page) {
		return new PageState(page.getSlug(), page.getTitle(), page.isPublished(), page.isInFooter(),
				page.getFooterPosition());
	}

	static PageView view(Page page) {
		return new PageView(page.getId(), page.getTitle(), page.getSlug(), page.getBody(), page.getSeoDescription(),
				page.getStatus(), page.isInFooter(), page.getFooterPosition(), page.getPublishedAt(),
				page.getUpdatedAt(), page.getVersion());
	}

	private static String currentUsername() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return user.getName();
	}

}
