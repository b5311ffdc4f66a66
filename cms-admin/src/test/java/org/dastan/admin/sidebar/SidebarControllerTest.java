package org.dastan.admin.sidebar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.sidebar.AddWidget;
import org.dastan.core.sidebar.ConfigureWidget;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.SidebarWidgets;
import org.dastan.core.sidebar.WidgetDraft;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.sidebar.WidgetView;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sidebar management against the real application and database: who may use it, the rules
 * shown next to the fields, stale saves, and public pages following each change at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SidebarControllerTest {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private static final RequestPostProcessor ADMIN_USER = user("admin").roles("ADMIN");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SidebarWidgets widgets;

	@Autowired
	private SidebarWidgetRepository stored;

	@Autowired
	private ArticleRepository articles;

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
		this.articles.deleteAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/sidebar", "/admin/sidebar/new?type=LATEST", "/admin/sidebar/1",
			"/admin/sidebar/1/preview" })
	void forbidsAuthorsThePages(String page) {
		assertThat(this.mvc.get().uri(page).with(user("author").roles("AUTHOR"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/sidebar", "/admin/sidebar/order", "/admin/sidebar/1", "/admin/sidebar/1/switch",
			"/admin/sidebar/1/move-up", "/admin/sidebar/1/delete" })
	void forbidsAuthorsTheChangesAndEditorsWithoutTheCsrfToken(String action) {
		WidgetView latest = latest("Latest");
		assertThat(this.mvc.post()
			.uri(action.replace("/1", "/" + latest.id()))
			.with(user("author").roles("AUTHOR"))
			.with(csrf())
			.param("type", "LATEST")
			.param("title", "Changed")
			.param("enabled", "false")
			.param("version", String.valueOf(latest.version()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri(action.replace("/1", "/" + latest.id()))
			.with(EDITOR)
			.param("type", "LATEST")
			.param("title", "Changed")
			.param("enabled", "false")
			.param("version", String.valueOf(latest.version()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.widgets.list()).extracting(WidgetView::title, WidgetView::enabled)
			.containsExactly(tuple("Latest", true));
	}

	@Test
	void editorAddsReordersAndSwitchesOffWidgetsAndPublicPagesFollowAtOnce() {
		assertThat(this.mvc.post()
			.uri("/admin/sidebar")
			.with(EDITOR)
			.with(csrf())
			.param("type", "CUSTOM_TEXT")
			.param("title", "About us")
			.param("placement", "ALL")
			.param("html", "<p onclick=\"steal()\">We report from Almaty.</p><script>steal()</script>"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/sidebar#widgets")
			.flash()
			.containsEntry("flash", "admin.sidebar.created");
		WidgetView latest = latest("Newest stories");
		WidgetView about = this.widgets.list().get(0);
		assertThat(homeSidebar()).containsSubsequence("About us", "We report from Almaty.", "Newest stories")
			.doesNotContain("steal()");

		assertThat(this.mvc.post()
			.uri("/admin/sidebar/order")
			.with(EDITOR)
			.with(csrf())
			.param("ids", String.valueOf(latest.id()), String.valueOf(about.id()))).hasStatus(HttpStatus.FOUND);
		assertThat(homeSidebar()).containsSubsequence("Newest stories", "About us");

		assertThat(this.mvc.post()
			.uri("/admin/sidebar/{id}/switch", latest.id())
			.with(EDITOR)
			.with(csrf())
			.param("enabled", "false")
			.param("version", String.valueOf(this.widgets.find(latest.id()).version()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "admin.sidebar.switched-off");
		assertThat(homeSidebar()).contains("About us").doesNotContain("Newest stories");
		assertThat(this.mvc.get().uri("/admin/sidebar/{id}/preview", latest.id()).with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("class=\"sidebar-widget mb-4 widget-latest\"", "Newest stories",
					"This widget is switched off: readers do not see it.");
		assertThat(this.mvc.get().uri("/admin/sidebar").with(ADMIN_USER)).hasStatusOk()
			.bodyText()
			.containsSubsequence("Newest stories", "Switch Newest stories on", "About us", "Switch About us off")
			.contains("href=\"/admin/sidebar\">Sidebar</a>");
	}

	@Test
	void promoLinksToAPageOfThisSite() {
		assertThat(this.mvc.post()
			.uri("/admin/sidebar")
			.with(EDITOR)
			.with(csrf())
			.param("type", "PROMO")
			.param("title", "Currency watch")
			.param("placement", "ALL")
			.param("html", "<p>Today's rates.</p>")
			.param("linkUrl", "/rates")
			.param("linkText", "See the rates")).hasStatus(HttpStatus.FOUND);
		assertThat(homeSidebar()).contains("Currency watch", "href=\"/rates\"", "See the rates");
	}

	@Test
	void showsEachBrokenRuleNextToItsFieldAndKeepsWhatWasTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/sidebar")
			.with(EDITOR)
			.with(csrf())
			.param("type", "MOST_READ")
			.param("title", "Most read")
			.param("placement", "HOME")
			.param("limit", "0")).hasStatusOk()
			.bodyText()
			.contains("id=\"limit-error\">Choose a number from 1 to 20.</div>", "value=\"Most read\"");
		assertThat(this.mvc.post()
			.uri("/admin/sidebar")
			.with(EDITOR)
			.with(csrf())
			.param("type", "PROMO")
			.param("title", "")
			.param("placement", "ALL")
			.param("html", "<p>Rates today</p>")
			.param("linkUrl", "javascript:alert(1)")
			.param("linkText", "Go")).hasStatusOk()
			.bodyText()
			.contains("id=\"title-error\">Fill this in.</div>", "&lt;p&gt;Rates today&lt;/p&gt;");
		assertThat(this.mvc.post()
			.uri("/admin/sidebar")
			.with(EDITOR)
			.with(csrf())
			.param("type", "PROMO")
			.param("title", "Rates")
			.param("placement", "ALL")
			.param("linkUrl", "javascript:alert(1)")
			.param("linkText", "Go")).hasStatusOk()
			.bodyText()
			.contains(
					"id=\"linkUrl-error\">Enter a full http:// or https:// address, or a path on this site such as /rates.</div>",
					"value=\"javascript:alert(1)\"");
		assertThat(this.mvc.post()
			.uri("/admin/sidebar")
			.with(EDITOR)
			.with(csrf())
			.param("type", "EDITORS_PICKS")
			.param("title", "Picks")
			.param("placement", "ALL")
			.param("articleSlugs", "no-such-story")).hasStatusOk()
			.bodyText()
			.contains("id=\"articleSlugs-error\">No article has the slug no-such-story.</div>")
			.contains("<li>No article has the slug no-such-story</li>");
		assertThat(this.widgets.list()).isEmpty();
	}

	@Test
	void keepsTheEditorsSettingsAndSaysSoWhenSomeoneElseSavedMeanwhile() {
		WidgetView latest = latest("Latest");
		long opened = latest.version();
		this.widgets.configure(new ConfigureWidget(latest.id(), opened,
				new WidgetDraft("Latest news", Placement.ALL, 4, null, null, null, null, List.of(), List.of())));

		assertThat(this.mvc.post()
			.uri("/admin/sidebar/{id}", latest.id())
			.with(EDITOR)
			.with(csrf())
			.param("title", "Fresh from the desk")
			.param("placement", "HOME")
			.param("limit", "7")
			.param("version", String.valueOf(opened))).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this while you were editing.", "value=\"Fresh from the desk\"",
					"value=\"7\"");
		assertThat(this.widgets.find(latest.id()).title()).isEqualTo("Latest news");
	}

	@Test
	void showsTheEditorsPicksByTitleInTheirOrder() {
		for (String slug : new String[] { "first", "second" }) {
			Article article = new Article(slug, "The " + slug + " story");
			article.publish(Instant.parse("2026-01-10T08:00:00Z"));
			this.articles.saveAndFlush(article);
		}
		WidgetView picks = this.widgets.add(new AddWidget(WidgetType.EDITORS_PICKS, new WidgetDraft("Picks",
				Placement.ALL, null, null, null, null, null, List.of("second", "first"), List.of())));

		assertThat(this.mvc.get().uri("/admin/sidebar/{id}", picks.id()).with(EDITOR)).hasStatusOk()
			.bodyText()
			.containsSubsequence("<li>The second story</li>", "<li>The first story</li>")
			.contains("data-lookup=\"/admin/articles/lookup\"");
		assertThat(homeSidebar()).containsSubsequence("Picks", "The second story", "The first story");
	}

	@Test
	void answersAnUnknownWidgetWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/sidebar/987654").with(EDITOR)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/sidebar/987654/delete").with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private WidgetView latest(String title) {
		return this.widgets.add(new AddWidget(WidgetType.LATEST,
				new WidgetDraft(title, Placement.ALL, 5, null, null, null, null, List.of(), List.of())));
	}

	private String homeSidebar() {
		String page = new String(this.mvc.get().uri("/").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		int start = page.indexOf("class=\"sidebar\"");
		assertThat(start).as("the sidebar").isNotNegative();
		return page.substring(start);
	}

}
