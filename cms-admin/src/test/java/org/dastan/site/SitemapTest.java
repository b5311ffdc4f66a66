package org.dastan.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap, validated against the sitemaps.org schema and read for its URLs and dates.
 */
@DemoSite
class SitemapTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void sitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
		Xml.validate(sitemap(), "sitemap.xsd");
	}

	@Test
	void listsEveryPublicArticleOnceWithItsLastChange() throws Exception {
		Map<String, String> lastModified = lastModifiedByUrl();

		List<String> articles = lastModified.keySet()
			.stream()
			.filter((url) -> url.startsWith(DemoSite.BASE + "/articles/"))
			.toList();
		// 37 of the 39 demo articles (five in Russian) are public: not the draft, not
		// tomorrow's.
		assertThat(articles).hasSize(37)
			.doesNotContain(DemoSite.BASE + "/articles/uzbek-budget-debate-draft",
					DemoSite.BASE + "/articles/kazakhstan-census-results-preview");
		// Published 8 January at 08:00 in Almaty, updated five hours later.
		assertThat(lastModified).containsEntry(DemoSite.BASE + "/articles/kazakhstan-grain-harvest-storage-squeeze",
				"2026-01-08T08:00:00Z");
	}

	@Test
	void listsTheFrontSectionTagAndAuthorPagesDatedByTheirNewestPublicArticle() throws Exception {
		Map<String, String> lastModified = lastModifiedByUrl();

		assertThat(lastModified).containsEntry(DemoSite.BASE + "/", "2026-01-10T02:00:00Z")
			// The draft and the scheduled census story are newer, but not public.
			.containsEntry(DemoSite.BASE + "/sections/kazakhstan", "2026-01-08T14:00:00Z")
			.containsEntry(DemoSite.BASE + "/tags/economy", "2026-01-08T14:00:00Z")
			.containsEntry(DemoSite.BASE + "/authors/timur-rakhimov", "2026-01-08T14:00:00Z")
			.containsEntry(DemoSite.BASE + "/authors/aigerim-sadykova", "2026-01-08T08:00:00Z");
		assertThat(lastModified.keySet()).filteredOn((url) -> !url.startsWith(DemoSite.BASE + "/articles/"))
			// The front page, 5 sections, 12 topics, 6 authors and the 4 static pages.
			.hasSize(1 + 5 + 12 + 6 + 4);
	}

	private Map<String, String> lastModifiedByUrl() throws Exception {
		List<Element> urls = Xml.elements(Xml.parse(sitemap()), Xml.SITEMAP, "url");
		Map<String, String> lastModified = urls.stream()
			.collect(Collectors.toMap((url) -> Xml.child(url, Xml.SITEMAP, "loc"),
					(url) -> Xml.child(url, Xml.SITEMAP, "lastmod")));
		assertThat(lastModified).hasSameSizeAs(urls);
		return lastModified;
	}

	private String sitemap() {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/xml;charset=UTF-8");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
