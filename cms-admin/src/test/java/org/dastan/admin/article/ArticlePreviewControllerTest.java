package org.dastan.admin.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview is the public article page as it will be, from the same model: what it
 * tells social sites and search engines included. What sets it apart is said by the page
 * itself: a banner, no indexing, no caching, no view counted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "editor", roles = "EDITOR")
class ArticlePreviewControllerTest {

	// What the page tells search engines and social sites about the article.
	private static final Pattern DESCRIPTION = Pattern
		.compile("<title>.*?</title>|<link rel=\"(?:canonical|alternate\" hreflang)[^>]*>"
				+ "|<meta (?:property=\"og:|name=\"twitter:|name=\"description)[^>]*>"
				+ "|<script type=\"application/ld\\+json\">.*?</script>");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private TagRepository tags;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private TransactionTemplate transaction;

	private long draft;

	@BeforeEach
	void draft() {
		this.draft = new DeskFixture(this.transaction, this.articles, this.authors, this.users).reset().own();
		this.transaction.executeWithoutResult((status) -> {
			Tag section = this.tags.findBySlug("preview-steppe")
				.orElseGet(() -> this.tags.save(new Tag("preview-steppe", "Steppe", TagKind.SECTION)));
			Article article = this.articles.findById(this.draft).orElseThrow();
			article.retitle("Wheat harvest breaks a record");
			article.writeStandfirst("Farmers in the north count the biggest crop in decades.");
			article.placeIn(section);
		});
	}

	@Test
	void showsADraftWithTheOpenGraphAndStructuredDataOfItsPublicPage() {
		assertThat(preview()).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost/articles/own-draft\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost/articles/own-draft\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta property=\"og:title\" content=\"Wheat harvest breaks a record\">")
			.contains("\"@type\":\"NewsArticle\"", "\"mainEntityOfPage\":\"http://localhost/articles/own-draft\"",
					"\"headline\":\"Wheat harvest breaks a record\"", "\"articleSection\":\"Steppe\"",
					"\"name\":\"Writer Byline\"")
			.contains("\"@type\":\"BreadcrumbList\"", "\"item\":\"http://localhost/sections/preview-steppe\"")
			// A draft has no publication date to give yet.
			.doesNotContain("datePublished");
	}

	@Test
	void saysItIsAPreviewAndKeepsOutOfSearchEnginesCachesAndViewCounts() {
		assertThat(preview()).hasStatusOk()
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("Preview: readers see this page only once the article is published.")
			.contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
			.doesNotContain("data-view-url");
	}

	@Test
	void describesAPublishedArticleExactlyAsItsPublicPageDoes() throws Exception {
		this.transaction.executeWithoutResult((status) -> this.articles.findById(this.draft)
			.orElseThrow()
			.publish(Instant.now().minus(Duration.ofMinutes(5))));

		MvcTestResult page = this.mvc.get().uri("/articles/own-draft").exchange();
		assertThat(page).hasStatusOk().bodyText().doesNotContain("noindex");
		List<String> described = description(page);
		assertThat(described).anyMatch((line) -> line.contains("\"datePublished\""))
			.anyMatch((line) -> line.startsWith("<meta property=\"og:url\""));

		assertThat(description(preview())).containsExactlyElementsOf(described);
	}

	private MvcTestResult preview() {
		return this.mvc.get().uri("/admin/articles/{id}/preview", this.draft).exchange();
	}

	private static List<String> description(MvcTestResult page) throws Exception {
		Matcher found = DESCRIPTION.matcher(page.getResponse().getContentAsString());
		return found.results().map((match) -> match.group()).toList();
	}

}
