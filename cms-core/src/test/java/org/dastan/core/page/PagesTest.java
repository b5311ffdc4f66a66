package org.dastan.core.page;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentKeys;
import org.dastan.core.change.ContentChanged;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.page.internal.PageRepository;
import org.dastan.core.redirect.RedirectLookup;
import org.dastan.core.redirect.RedirectTarget;
import org.dastan.core.redirect.internal.RedirectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The page rules against the real database: slugs that never take the site's own
 * addresses, the footer menu's order, revisions kept and restored, stale saves refused, a
 * published page's move recorded as a redirect, and the content keys a change drops.
 */
@SpringBootTest
@RecordApplicationEvents
class PagesTest {

	@Autowired
	private Pages pages;

	@Autowired
	private PublishedPages published;

	@Autowired
	private PageRepository stored;

	@Autowired
	private RedirectRepository redirects;

	@Autowired
	private RedirectLookup lookup;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
		this.redirects.deleteAll();
	}

	@Test
	void refusesSlugsOfTheSiteOwnAddressesAndTakenOnesNextToTheField() {
		for (String route : List.of("articles", "article", "search", "rates", "feed", "sitemap", "admin", "media",
				"webjars", "tags", "authors", "sections")) {
			assertRefused(new PageDraft("Title", route, "", null, true), "slug", "rule.page.slug.reserved");
		}
		this.pages.create(draft("About", "about"));
		assertRefused(draft("About us", "about"), "slug", "rule.slug.taken");
		assertRefused(draft("About us", "About Us"), "slug", "rule.slug.invalid");
		assertRefused(draft("  ", "x"), "title", "rule.page.title.required");
		// A slug made from a title steps around the routes and the pages there.
		assertThat(this.pages.create(draft("Search", "")).slug()).isEqualTo("search-2");
		assertThat(this.pages.create(draft("About", " ")).slug()).isEqualTo("about-2");
		assertThat(this.pages.create(draft("О нас", null)).slug()).isEqualTo("o-nas");
	}

	@Test
	void sanitizesTheBodyAsArticleBodiesAre() {
		PageView page = this.pages.create(new PageDraft("Contact", "contact",
				"<p onclick=\"x()\">Write to us</p><script>alert(1)</script><h2>Tips</h2>", "How to reach us", true));
		assertThat(page.body()).isEqualTo("<p>Write to us</p><h2>Tips</h2>");
	}

	@Test
	void showsOnlyPublishedPagesAndTheFooterInTheEditorsOrder() {
		PageView about = publish(draft("About", "about"));
		PageView contact = publish(draft("Contact", "contact"));
		PageView privacy = publish(new PageDraft("Privacy", "privacy", "", null, false));
		PageView draft = this.pages.create(draft("Advertise", "advertise"));

		assertThat(this.published.find("about")).map(PublicPage::title).contains("About");
		assertThat(this.published.find("advertise")).isEmpty();
		assertThat(this.published.footer()).extracting(FooterLink::path).containsExactly("/about", "/contact");
		assertThat(this.published.sitemap()).extracting(PageSitemapEntry::path)
			.containsExactly("/about", "/contact", "/privacy");

		this.pages.move(contact.id(), -1);
		assertThat(this.published.footer()).extracting(FooterLink::title).containsExactly("Contact", "About");
		this.pages.reorder(List.of(draft.id(), privacy.id(), about.id()));
		assertThat(this.pages.list()).extracting(PageView::title)
			.containsExactly("Advertise", "Privacy", "About", "Contact");
		assertThat(this.published.footer()).extracting(FooterLink::title).containsExactly("About", "Contact");

		this.pages.delete(about.id());
		assertThat(this.pages.list()).extracting(PageView::footerPosition).containsExactly(0, 1, 2);
		assertThat(this.published.footer()).extracting(FooterLink::title).containsExactly("Contact");
	}

	@Test
	void keepsARevisionPerSaveAndRestoresOne() {
		PageView page = this.pages.create(new PageDraft("About", "about", "<p>First</p>", null, true));
		page = this.pages.update(page.id(), page.version(),
				new PageDraft("About us", "about", "<p>Second</p>", null, true));
		// A save that changes no text keeps no revision.
		page = this.pages.update(page.id(), page.version(),
				new PageDraft("About us", "about", "<p>Second</p>", null, false));
		assertThat(this.pages.history(page.id())).extracting(PageRevisionSummary::number, PageRevisionSummary::title)
			.containsExactly(tuple(2, "About us"), tuple(1, "About"));
		assertThat(this.pages.revision(page.id(), 1).body()).isEqualTo("<p>First</p>");

		PageView restored = this.pages.restore(page.id(), 1).orElseThrow();
		assertThat(restored.title()).isEqualTo("About");
		assertThat(restored.body()).isEqualTo("<p>First</p>");
		assertThat(restored.inFooter()).isFalse();
		assertThat(this.pages.history(page.id()).get(0).restoredFrom()).isEqualTo(1);
		assertThat(this.pages.restore(page.id(), 1)).isEmpty();
	}

	@Test
	void refusesASaveBasedOnAnOlderVersion() {
		PageView page = this.pages.create(draft("About", "about"));
		this.pages.update(page.id(), page.version(), draft("About us", "about"));
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.pages.update(page.id(), page.version(), draft("About them", "about")));
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.pages.publish(page.id(), page.version()));
		assertThat(this.pages.find(page.id())).map(PageView::title).contains("About us");
	}

	@Test
	void aPublishedPageThatMovesLeavesARedirectADraftDoesNot() {
		PageView draft = this.pages.create(draft("Jobs", "jobs"));
		this.pages.update(draft.id(), draft.version(), draft("Jobs", "careers"));
		assertThat(this.lookup.find("/jobs", null)).isEmpty();

		PageView about = publish(draft("About", "about"));
		this.pages.update(about.id(), about.version(), draft("About", "about-us"));
		assertThat(this.lookup.find("/about", null)).contains(new RedirectTarget("/about-us", 301));
		assertThat(this.published.find("about")).isEmpty();
		assertThat(this.published.find("about-us")).isPresent();
	}

	@Test
	void namesThePageItselfAndTheFooterOnlyWhenTheyChangeForReaders() {
		PageView page = this.pages.create(draft("About", "about"));
		assertThat(keys()).isEmpty();

		page = this.pages.publish(page.id(), page.version());
		assertThat(keys()).containsExactlyInAnyOrder(ContentKey.page(page.id()), ContentKey.FEEDS, ContentKey.FOOTER);

		page = this.pages.update(page.id(), page.version(), new PageDraft("About", "about", "<p>New</p>", null, true));
		assertThat(keys()).containsExactlyInAnyOrder(ContentKey.page(page.id()), ContentKey.FEEDS);

		page = this.pages.update(page.id(), page.version(), new PageDraft("About", "about", "<p>New</p>", null, false));
		assertThat(keys()).containsExactly(ContentKey.FOOTER);

		try (ContentKeys.Collection read = ContentKeys.collect()) {
			this.published.find("about");
			this.published.footer();
			assertThat(read.keys()).contains(ContentKey.page(page.id()), ContentKey.FOOTER);
		}
	}

	private Set<String> keys() {
		Set<String> keys = this.events.stream(ContentChanged.class)
			.flatMap((changed) -> changed.keys().stream())
			.collect(Collectors.toSet());
		this.events.clear();
		return keys;
	}

	private PageView publish(PageDraft draft) {
		PageView page = this.pages.create(draft);
		return this.pages.publish(page.id(), page.version());
	}

	private void assertRefused(PageDraft draft, String field, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> this.pages.create(draft))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.code()).isEqualTo(code);
			});
	}

	private static PageDraft draft(String title, String slug) {
		return new PageDraft(title, slug, "<p>Text</p>", null, true);
	}

}
