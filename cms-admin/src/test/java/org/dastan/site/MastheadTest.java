package org.dastan.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The masthead links every tag in the navigation to a page that exists: sections to their
 * section page, other topics to their tag page.
 */
@DemoSite
class MastheadTest {

	private static final Pattern NAV_LINK = Pattern.compile("<a class=\"nav-link px-2\" href=\"([^\"]+)\"");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void linksEveryNavigationTagToAPageThatOpens() throws Exception {
		String home = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		String nav = home.substring(home.indexOf("class=\"site-nav\""), home.indexOf("</nav>"));
		List<String> links = new ArrayList<>();
		Matcher link = NAV_LINK.matcher(nav);
		while (link.find()) {
			links.add(link.group(1));
		}

		assertThat(links).contains("/sections/kazakhstan", "/tags/culture").doesNotContain("/sections/culture");
		links.forEach((path) -> assertThat(this.mvc.get().uri(path)).as(path).hasStatusOk());
	}

}
