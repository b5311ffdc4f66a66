package org.dastan.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Google News sitemap: the articles of the last 48 hours, in the news format.
 */
@DemoSite
class NewsSitemapTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsOnlyThePublicArticlesOfTheLastFortyEightHours() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/news-sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/xml;charset=UTF-8");
		String sitemap = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		Xml.validate(sitemap, "sitemap.xsd", "news-sitemap.xsd");

		List<Element> urls = Xml.elements(Xml.parse(sitemap), Xml.SITEMAP, "url");
		// 4, about 24 (the Samarkand story in Russian) and 40 hours old; the grain
		// harvest
		// story, 51 hours old, is out, and so are the draft and tomorrow's story.
		assertThat(urls).extracting((url) -> Xml.child(url, Xml.SITEMAP, "loc"))
			.containsExactly(DemoSite.BASE + "/articles/pamir-highway-repairs-begin",
					DemoSite.BASE + "/articles/samarkand-tourists-record-ru",
					DemoSite.BASE + "/articles/regional-currencies-weekly-review");
		Element pamir = urls.get(0);
		assertThat(Xml.child(pamir, Xml.NEWS, "name")).isEqualTo("Dastan");
		assertThat(Xml.child(pamir, Xml.NEWS, "language")).isEqualTo("en");
		assertThat(Xml.child(pamir, Xml.NEWS, "publication_date")).isEqualTo("2026-01-10T02:00:00Z");
		assertThat(Xml.child(pamir, Xml.NEWS, "title"))
			.isEqualTo("Repairs begin on a battered stretch of the Pamir Highway");
	}

}
