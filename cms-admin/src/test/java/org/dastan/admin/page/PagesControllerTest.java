package org.dastan.admin.page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.page.PageDraft;
import org.dastan.core.page.PageView;
import org.dastan.core.page.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The admin's pages: who may manage them, forms that keep what was typed when a rule or
 * someone else's save refuses it, publishing to the page's own address and the footer
 * menu, the preview, the order and the revisions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PagesControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Pages pages;

	@AfterEach
	void deleteEverything() {
		this.pages.list().forEach((page) -> this.pages.delete(page.id()));
	}

	@Test
	void isForEditorsAndAdminsNotAuthors() {
		assertThat(this.mvc.get().uri("/admin/pages").with(user("author").roles("AUTHOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/pages").with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("No pages yet.", "<a class=\"nav-link\" href=\"/admin/pages\">Pages</a>");
		assertThat(this.mvc.get().uri("/admin/pages/new").with(user("admin").roles("ADMIN"))).hasStatusOk();
	}

	@Test
	void refusesAFormSentWithoutItsCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/admin/pages")
			.with(user("editor").roles("EDITOR"))
			.param("title", "About")
			.param("body", "<p>Text</p>")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.pages.list()).isEmpty();
	}

	@Test
	void publishesAPageAtItsOwnAddressAndInTheFooterMenu() {
		MvcTestResult created = save("/admin/pages", "About Dastan", "about", "<p>We cover the region.</p>", null,
				"publish");
		PageView about = this.pages.findBySlug("about").orElseThrow();
		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/pages/" + about.id());
		assertThat(about.isPublished()).isTrue();

		assertThat(this.mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("<title>About Dastan | Dastan</title>", "We cover the region.")
			.containsPattern("(?s)<nav class=\"footer-menu[^>]*>.*?href=\"/about\"");
		assertThat(this.mvc.get().uri("/rates")).hasStatusOk().bodyText().contains("href=\"/about\">About Dastan</a>");

		save("/admin/pages/" + about.id(), "About Dastan", "about", "<p>We cover the region.</p>", about.version(),
				"unpublish");
		assertThat(this.mvc.get().uri("/about")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/rates")).hasStatusOk().bodyText().doesNotContain("href=\"/about\"");
	}

	@Test
	void keepsTheTextNextToTheRuleItBroke() {
		assertThat(save("/admin/pages", "", "contact", "<p>Write to us at the newsroom.</p>", null, "save"))
			.hasStatusOk()
			.bodyText()
			.contains("Fill this in.", "Write to us at the newsroom.", "value=\"contact\"");
		assertThat(save("/admin/pages", "Search", "search", "<p>Find anything.</p>", null, "save")).hasStatusOk()
			.bodyText()
			.contains("The address “search” belongs to the site itself.", "Find anything.");
		assertThat(this.pages.list()).isEmpty();
	}

	@Test
	void keepsTheEditorsTextWhenSomeoneElseSavedFirst() {
		PageView page = this.pages.create(new PageDraft("Advertise", "advertise", "<p>Rates</p>", null, true));
		this.pages.update(page.id(), page.version(),
				new PageDraft("Advertise with us", "advertise", "<p>Rates</p>", null, true));

		assertThat(save("/admin/pages/" + page.id(), "Advertise here", "advertise", "<p>My own new text</p>",
				page.version(), "save"))
			.hasStatusOk()
			.bodyText()
			.contains("Someone else saved this while you were editing", "My own new text", "Advertise here");
		assertThat(this.pages.find(page.id())).map(PageView::title).contains("Advertise with us");
	}

	@Test
	void previewsADraftThatReadersCannotSee() {
		PageView draft = this.pages
			.create(new PageDraft("Privacy policy", "privacy", "<p>No tracking.</p>", null, true));
		assertThat(this.mvc.get().uri("/privacy")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/pages/" + draft.id() + "/preview").with(user("editor").roles("EDITOR")))
			.hasStatusOk()
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("No tracking.", "noindex, nofollow", "readers see this page only once it is published");
	}

	@Test
	void ordersTheFooterMenuAndRestoresARevision() {
		PageView about = publish("About", "about");
		PageView contact = publish("Contact", "contact");
		assertThat(this.mvc.post()
			.uri("/admin/pages/" + contact.id() + "/move-up")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.containsPattern("(?s)href=\"/contact\">Contact</a>.*?href=\"/about\"");

		PageView edited = this.pages.find(about.id()).orElseThrow();
		this.pages.update(about.id(), edited.version(),
				new PageDraft("About us", "about", "<p>Changed</p>", null, true));
		assertThat(this.mvc.get().uri("/admin/pages/" + about.id() + "/revisions").with(user("editor").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("About us", "Restore revision 1");
		assertThat(this.mvc.post()
			.uri("/admin/pages/" + about.id() + "/revisions/1/restore")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/about")).hasStatusOk().bodyText().contains("<p>Text</p>");
	}

	private PageView publish(String title, String slug) {
		PageView page = this.pages.create(new PageDraft(title, slug, "<p>Text</p>", null, true));
		return this.pages.publish(page.id(), page.version());
	}

	private MvcTestResult save(String uri, String title, String slug, String body, Long version, String action) {
		return this.mvc.post()
			.uri(uri)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.param("title", title)
			.param("slug", slug)
			.param("body", body)
			.param("inFooter", "true")
			.param("version", (version != null) ? version.toString() : "")
			.param("action", action)
			.exchange();
	}

}
