package org.dastan.web.page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.page.FooterLink;
import org.dastan.core.page.PublicPage;
import org.dastan.core.page.PublishedPages;
import org.dastan.web.PublicPageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@PublicPageTest(PageController.class)
class PageControllerTest {

	private static final PublicPage ABOUT = new PublicPage(3, "about", "About Dastan",
			"<p>We cover <strong>Central Asia</strong>.</p>", "Who we are", Instant.parse("2025-09-05T10:00:00Z"));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PublishedPages pages;

	@Test
	void showsAPublishedPageWithItsTitleDescriptionAndCanonicalAddress() {
		given(this.pages.find("about")).willReturn(Optional.of(ABOUT));

		assertThat(this.mvc.get().uri("/about?utm_source=x")).hasStatusOk()
			.bodyText()
			.contains("<title>About Dastan | Dastan</title>", "<meta name=\"description\" content=\"Who we are\">",
					"<link rel=\"canonical\" href=\"http://localhost/about\">",
					"<h1 class=\"page-title mb-3\">About Dastan</h1>", "<p>We cover <strong>Central Asia</strong>.</p>",
					"<li class=\"breadcrumb-item active\" aria-current=\"page\">About Dastan</li>")
			.doesNotContain("noindex");
	}

	@Test
	void answersDraftsAndUnknownSlugsWithTheFriendly404Page() {
		assertThat(this.mvc.get().uri("/draft-page")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Page not found");
	}

	@Test
	void leavesTheSiteOwnAddressesAndFilesAlone() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatus(HttpStatus.NOT_FOUND);
		then(this.pages).should(never()).find("admin");
		then(this.pages).should(never()).find("robots.txt");
	}

	@Test
	void listsTheFooterMenuInTheEditorsOrderMarkingTheCurrentPage() {
		given(this.pages.find("about")).willReturn(Optional.of(ABOUT));
		given(this.pages.footer())
			.willReturn(List.of(new FooterLink("Contact", "/contact"), new FooterLink("About Dastan", "/about")));

		assertThat(this.mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.containsPattern("(?s)<nav class=\"footer-menu mb-2\" aria-label=\"About the site\">.*?"
					+ "href=\"/contact\">Contact</a>.*?href=\"/about\" aria-current=\"page\">About Dastan</a>");
	}

}
