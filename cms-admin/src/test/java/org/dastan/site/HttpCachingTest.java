package org.dastan.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers and crawlers download pages and feeds again only when they changed, and keep
 * static files for a year under URLs that change with them.
 */
@DemoSite
class HttpCachingTest {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/dastan-[0-9a-f]{32}\\.css)\"");

	private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"(/favicon-[0-9a-f]{32}\\.ico)\"");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/feed", "/articles/pamir-highway-repairs-begin", "/sitemap.xml" })
	void answersARepeatedRequestWithTheSameEtagWithNotModified(String path) {
		MvcTestResult first = this.mvc.get().uri(path).exchange();
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		MvcTestResult again = this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, "\"stale\"")).hasStatusOk();
	}

	@Test
	void letsBrowsersKeepPagesProvidedTheyAskAgainEachTime() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "public, max-age=0, s-maxage=300, stale-while-revalidate=30");
	}

	@Test
	void keepsAdminPagesOutOfEveryCache() {
		MvcTestResult login = this.mvc.get().uri("/admin/login").exchange();
		assertThat(login).hasStatusOk().headers().doesNotContainHeader(HttpHeaders.ETAG);
		assertThat(login.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void servesTheStylesheetUnderAContentHashForAYear() throws Exception {
		String page = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).as("hashed stylesheet link in %s", page).isTrue();
		assertThat(page).containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\"");

		assertThat(this.mvc.get().uri(stylesheet.group(1))).hasStatusOk()
			.hasContentType("text/css")
			.headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=31536000");
	}

	@Test
	void servesTheSiteIconUnderAContentHashAndAtItsUsualAddressForAYear() throws Exception {
		String page = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		Matcher icon = ICON.matcher(page);
		assertThat(icon.find()).as("hashed icon link in %s", page).isTrue();

		for (String path : new String[] { icon.group(1), "/favicon.ico" }) {
			MvcTestResult answer = this.mvc.get().uri(path).exchange();
			assertThat(answer).as(path)
				.hasStatusOk()
				.hasContentType("image/x-icon")
				.headers()
				.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=31536000");
			// An icon file: reserved zero, type 1 (icon), then at least one image.
			assertThat(answer.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0);
		}
	}

	@Test
	void looksUpOnlyStaticFilesLinksNotPageLinks() throws Exception {
		assertThat(this.resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/favicon*.ico",
				"/webjars/**", "/media/**");
		assertThat(this.resourceUrls.getForLookupPath("/articles/pamir-highway-repairs-begin")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/tags/roads")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/css/dastan.css")).matches("/css/dastan-[0-9a-f]{32}\\.css");

		String page = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/articles/pamir-highway-repairs-begin\"");
	}

	@Test
	void answersAStaticFileThatDoesNotExistWithNotFound() {
		assertThat(this.mvc.get().uri("/favicon-0123.ico")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/css/missing.css")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
