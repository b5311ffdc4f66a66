package org.dastan.web.security;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.article.PublishedArticles;
import org.dastan.core.article.ViewCounter;
import org.dastan.core.author.Authors;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.feed.FeedArticles;
import org.dastan.core.feed.SitemapEntries;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.RateHistory;
import org.dastan.core.rate.Ticker;
import org.dastan.core.redirect.RedirectLookup;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.search.DidYouMean;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.suggest.SuggestedArticles;
import org.dastan.core.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The public site on its own, without the admin: all of cms-web (every controller, filter
 * and component) over a mocked newsroom, behind its own security chain. Every answer
 * carries the hardening headers, readers need no login, changes need a CSRF token, and
 * there is no admin to reach.
 */
@WebMvcTest(includeFilters = @Filter(Component.class))
@Import({ CoreConfiguration.class, ContentCaches.class, MediaStorage.class })
@MockitoBean(types = { Ticker.class, TagService.class, Authors.class, Sidebar.class, MediaLibrary.class,
		SuggestedArticles.class, ViewCounter.class, ArticleSearch.class, RateHistory.class, FeedArticles.class,
		SitemapEntries.class, RedirectLookup.class, PublishedPages.class, DidYouMean.class })
class PublicSiteSecurityTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PublishedArticles articles;

	@BeforeEach
	void emptyNewsroom() {
		given(this.articles.latest(any())).willReturn(Page.empty());
	}

	@ParameterizedTest
	@CsvSource({ "/, 200", "/css/dastan.css, 200", "/webjars/bootstrap/css/bootstrap.min.css, 200",
			"/no/such/page, 404" })
	void everyAnswerCarriesTheHardeningHeaders(String path, int status) {
		MvcTestResult answer = this.mvc.get().uri(path).exchange();

		assertThat(answer).hasStatus(status)
			.hasHeader("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
							+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
							+ "frame-ancestors 'none'; form-action 'self'")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
			.doesNotContainHeader("Strict-Transport-Security");
		// The headers written by hand where Spring Security does not run say the same.
		SecurityHeaders.NAMES_AND_VALUES.forEach((name, value) -> {
			if (!name.equals("Cache-Control")) {
				assertThat(answer).hasHeader(name, value);
			}
		});
	}

	@Test
	void tellsBrowsersToStayOnHttpsOnceThere() {
		assertThat(this.mvc.get().uri("https://localhost/")).hasStatusOk()
			.hasHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@Test
	void showsAPageToAnAnonymousReaderWithoutStartingASession() {
		MvcTestResult page = this.mvc.get().uri("/").exchange();

		assertThat(page).hasStatusOk().bodyText().contains("<h1 class=\"visually-hidden\">Latest news</h1>");
		// A session cookie would keep the page out of shared caches.
		assertThat(page.getRequest().getSession(false)).isNull();
		assertThat(page).doesNotContainHeader("Set-Cookie");
	}

	@Test
	void refusesAChangeWithoutACsrfToken() {
		for (String path : List.of("/", "/search", "/articles/rogun-dam")) {
			assertThat(this.mvc.post().uri(path)).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
		// With a token, a page still only answers reads.
		assertThat(this.mvc.post().uri("/").with(csrf())).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	void servesNoAdminOfItsOwn() {
		for (String path : List.of("/admin", "/admin/login", "/admin/articles/1/preview")) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
