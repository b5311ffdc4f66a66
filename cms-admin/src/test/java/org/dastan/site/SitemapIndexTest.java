package org.dastan.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site with more URLs than one sitemap file may hold gets a sitemap index. The demo
 * newsroom has 65 public pages; here a file holds 30.
 */
@DemoSite
@TestPropertySource(properties = "dastan.feeds.sitemap-urls=30")
class SitemapIndexTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void splitsTheSitemapIntoAnIndexOfValidFilesThatListEveryPageOnce() throws Exception {
		String index = fetch("/sitemap.xml");
		Xml.validate(index, "siteindex.xsd");
		List<String> files = Xml.elements(Xml.parse(index), Xml.SITEMAP, "sitemap")
			.stream()
			.map((sitemap) -> Xml.child(sitemap, Xml.SITEMAP, "loc"))
			.toList();
		assertThat(files).containsExactly(DemoSite.BASE + "/sitemaps/pages.xml",
				DemoSite.BASE + "/sitemaps/articles-1.xml", DemoSite.BASE + "/sitemaps/articles-2.xml");

		List<String> pages = new ArrayList<>();
		for (String file : files) {
			String sitemap = fetch(file.substring(DemoSite.BASE.length()));
			Xml.validate(sitemap, "sitemap.xsd");
			List<Element> urls = Xml.elements(Xml.parse(sitemap), Xml.SITEMAP, "url");
			assertThat(urls).hasSizeLessThanOrEqualTo(30);
			urls.forEach((url) -> pages.add(Xml.child(url, Xml.SITEMAP, "loc")));
		}
		assertThat(pages).hasSize(65).doesNotHaveDuplicates();
	}

	@Test
	void answersASitemapFileBeyondTheLastWithNotFound() {
		assertThat(this.mvc.get().uri("/sitemaps/articles-3.xml")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sitemaps/articles-0.xml")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private String fetch(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
