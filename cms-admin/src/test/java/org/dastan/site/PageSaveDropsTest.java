package org.dastan.site;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.page.PageDraft;
import org.dastan.core.page.PageView;
import org.dastan.core.page.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A static page's save drops its own kept page alone; a change of the footer menu drops
 * every kept page, as every page shows the menu. As in {@link PageDropsTest}, a body is
 * first changed behind the site's back, which drops nothing: a page that shows it was
 * dropped by the save.
 */
@SpringBootTest(properties = "dastan.cache.poll-interval=PT1H")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageSaveDropsTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private JdbcTemplate jdbc;

	private PageView about;

	@BeforeEach
	void publish() {
		this.about = publish("About", "about");
		publish("Contact", "contact");
	}

	@AfterEach
	void deleteEverything() {
		this.pages.list().forEach((page) -> this.pages.delete(page.id()));
	}

	@Test
	void aPageSaveDropsThatPageAlone() {
		showEveryPageThenChangeContactBehindTheSitesBack();
		this.pages.update(this.about.id(), this.about.version(),
				new PageDraft("About", "about", "<p>Rewritten</p>", null, true));

		assertThat(page("/about")).contains("Rewritten");
		assertThat(page("/contact")).contains("<p>Text</p>").doesNotContain("Changed behind the back");
	}

	@Test
	void aFooterChangeDropsEveryPage() {
		showEveryPageThenChangeContactBehindTheSitesBack();
		this.pages.update(this.about.id(), this.about.version(),
				new PageDraft("About us", "about", "<p>Text</p>", null, true));

		assertThat(page("/contact")).contains("href=\"/about\">About us</a>");
		assertThat(page("/")).contains("href=\"/about\">About us</a>");
	}

	private void showEveryPageThenChangeContactBehindTheSitesBack() {
		for (String path : new String[] { "/about", "/contact", "/" }) {
			assertThat(page(path)).containsPattern("href=\"/about\"[^>]*>About</a>");
		}
		assertThat(this.jdbc.update("update pages set body = '<p>Changed behind the back</p>' where slug = 'contact'"))
			.isEqualTo(1);
	}

	private PageView publish(String title, String slug) {
		PageView page = this.pages.create(new PageDraft(title, slug, "<p>Text</p>", null, true));
		return this.pages.publish(page.id(), page.version());
	}

	private String page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
