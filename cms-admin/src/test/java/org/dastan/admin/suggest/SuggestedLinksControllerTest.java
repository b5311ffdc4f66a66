package org.dastan.admin.suggest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.suggest.internal.SuggestedLinkRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Suggested Articles panel against the real application and database: the rules shown
 * next to the fields, the search, who may change links, and the public block following
 * each change.
 */
@SpringBootTest(properties = "dastan.suggested.max-links=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SuggestedLinksControllerTest {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private SuggestedLinkRepository links;

	private Article story;

	private Article dam;

	@BeforeEach
	void articles() {
		this.story = published("story", "Water talks in Dushanbe");
		this.dam = published("dam", "The Rogun dam rises");
		published("river", "Amu Darya runs low");
	}

	@AfterEach
	void deleteEverything() {
		this.links.deleteAll();
		this.articles.deleteAll();
	}

	@Test
	void addsReordersAndRemovesLinksAndThePublicBlockFollows() {
		assertThat(add("article", String.valueOf(this.dam.getId()))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(panel() + "#links")
			.flash()
			.containsEntry("flash", "admin.suggested.added");
		assertThat(add("url", "https://example.org/aral", "title", "The Aral report")).hasStatus(HttpStatus.FOUND);
		assertThat(suggestedBlock()).containsSubsequence("The Rogun dam rises", "The Aral report");

		long report = linkId("The Aral report");
		assertThat(this.mvc.post().uri(panel() + "/{link}/move-up", report).with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(suggestedBlock()).containsSubsequence("The Aral report", "The Rogun dam rises");

		long dam = linkId("The Rogun dam rises");
		assertThat(this.mvc.post()
			.uri(panel() + "/order")
			.with(EDITOR)
			.with(csrf())
			.param("ids", String.valueOf(dam), String.valueOf(report))).hasStatus(HttpStatus.FOUND);
		assertThat(suggestedBlock()).containsSubsequence("The Rogun dam rises", "The Aral report");

		assertThat(this.mvc.post().uri(panel() + "/{link}/delete", dam).with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(panel()).with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("The Aral report", "aria-label=\"Remove The Aral report\"")
			.doesNotContain("Remove The Rogun dam rises");
	}

	@Test
	void showsEachBrokenRuleNextToItsFieldAndKeepsWhatWasTyped() {
		assertThat(add("url", "javascript:alert(1)", "title", "Hostile")).hasStatusOk()
			.bodyText()
			.contains("id=\"url-error\">Enter a full http:// or https:// address.</div>")
			.contains("value=\"javascript:alert(1)\"", "value=\"Hostile\"");
		assertThat(add("url", "https://example.org/x", "title", "")).hasStatusOk()
			.bodyText()
			.contains("id=\"title-error\">Give the link a title.</div>");
		assertThat(add("article", String.valueOf(this.story.getId()))).hasStatusOk()
			.bodyText()
			.contains("id=\"article-error\">An article cannot suggest itself.</div>");
		assertThat(add("article", String.valueOf(this.dam.getId()), "url", "https://example.org/x")).hasStatusOk()
			.bodyText()
			.contains("Add either an article of the site or an external address, not both.");
		add("article", String.valueOf(this.dam.getId()));
		assertThat(add("article", String.valueOf(this.dam.getId()))).hasStatusOk()
			.bodyText()
			.contains("id=\"article-error\">This is already among the picked links: The Rogun dam rises</div>");
		add("url", "https://example.org/1", "title", "One");
		add("url", "https://example.org/2", "title", "Two");
		assertThat(add("url", "https://example.org/3", "title", "Three")).hasStatusOk()
			.bodyText()
			.contains("id=\"url-error\">At most 3 links: remove one first.</div>");
		assertThat(this.links.findPicksOf(this.story.getId())).hasSize(3);
	}

	@Test
	void findsArticlesByTitleWithAndWithoutJavaScriptButNeverTheArticleItself() {
		assertThat(this.mvc.get()
			.uri("/admin/articles/lookup?q={q}&except={id}", "DAM", this.story.getId())
			.with(user("author").roles("AUTHOR"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.containsExactly("dam");
		assertThat(
				this.mvc.get().uri("/admin/articles/lookup?q={q}&except={id}", "in", this.story.getId()).with(EDITOR))
			.bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.get().uri(panel() + "?q=rogun").with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("name=\"article\" value=\"" + this.dam.getId() + "\"", "aria-label=\"Add The Rogun dam rises\"");
	}

	@Test
	void refusesAuthorsOnArticlesTheyMayNotEditAndChangesWithoutTheCsrfToken() {
		assertThat(this.mvc.get().uri(panel()).with(user("author").roles("AUTHOR"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri(panel())
			.with(user("author").roles("AUTHOR"))
			.with(csrf())
			.param("article", String.valueOf(this.dam.getId()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(panel()).with(EDITOR).param("article", String.valueOf(this.dam.getId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri(panel())).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
		assertThat(this.links.findAll()).isEmpty();
	}

	@Test
	void answersUnknownArticlesAndLinksWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/articles/987654/suggested").with(EDITOR)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri(panel() + "/987654/delete").with(EDITOR).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void linksTheEditorToThePanel() {
		assertThat(this.mvc.get().uri("/admin/articles/{id}", this.story.getId()).with(EDITOR)).hasStatusOk()
			.bodyText()
			.contains("href=\"" + panel() + "\">Suggested articles</a>");
	}

	private MvcTestResult add(String... params) {
		var request = this.mvc.post().uri(panel()).with(EDITOR).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private String suggestedBlock() {
		byte[] body = this.mvc.get().uri("/articles/story").exchange().getResponse().getContentAsByteArray();
		String page = new String(body, StandardCharsets.UTF_8);
		int start = page.indexOf("class=\"suggested");
		assertThat(start).as("the Suggested Articles block").isNotNegative();
		return page.substring(start);
	}

	private long linkId(String title) {
		return this.links.findPicksOf(this.story.getId())
			.stream()
			.filter((link) -> title.equals(link.getTitle())
					|| (link.getTarget() != null && title.equals(link.getTarget().getTitle())))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private String panel() {
		return "/admin/articles/" + this.story.getId() + "/suggested";
	}

	private Article published(String slug, String title) {
		Article article = new Article(slug, title);
		article.publish(Instant.parse("2026-01-10T08:00:00Z"));
		return this.articles.saveAndFlush(article);
	}

}
