package org.dastan.site;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@DemoSite
class RobotsTxtTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void letsCrawlersReadEverythingButTheAdminAndNamesBothSitemaps() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.bodyText()
			.isEqualTo("""
					User-agent: *
					Allow: /
					Disallow: /admin

					Sitemap: http://localhost/sitemap.xml
					Sitemap: http://localhost/news-sitemap.xml
					""");
	}

}
