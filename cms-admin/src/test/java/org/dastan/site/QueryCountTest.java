package org.dastan.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.suggest.internal.SuggestedLink;
import org.dastan.core.suggest.internal.SuggestedLinkRepository;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the public pages to a small, fixed number of SQL statements, whatever an article
 * carries: no N+1 queries when an article gains tags, authors or suggested links.
 */
@SpringBootTest(properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/test-media/query-count",
		"spring.jpa.properties.hibernate.generate_statistics=true", "dastan.suggested-count=8",
		"dastan.cache.pages.enabled=false",
		// Changes other test contexts write to the shared database would drop read models
		// between the two requests counted.
		"dastan.cache.poll-interval=PT1H" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QueryCountTest {

	static final String ARTICLE = "/articles/rogun-dam-turbine-milestone";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private SuggestedLinkRepository links;

	@Autowired
	private TransactionTemplate transaction;

	private Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void articlePageRunsTheSameFewStatementsHoweverMuchTheArticleCarries() {
		long before = statementsFor(ARTICLE);
		enrichArticle();
		long after = statementsFor(ARTICLE);
		System.out.printf(
				"SQL statements per request: article page %d before, %d after adding 8 tags, 3 authors, 3 links%n",
				before, after);
		// No statement per tag, author or link: 14 more would show. One either way is a
		// shared read model that one request finds kept and the other builds.
		assertThat(after).isBetween(before - 1, before + 1);
		assertThat(before).isLessThanOrEqualTo(8);
	}

	@Test
	void homeAndTagPagesRunAFixedSmallNumberOfStatements() {
		long home = statementsFor("/");
		long homePageTwo = statementsFor("/?page=2");
		long tag = statementsFor("/tags/energy");
		long section = statementsFor("/sections/kazakhstan");
		System.out.printf("SQL statements per request: home %d, home page 2 %d, tag %d, section %d%n", home,
				homePageTwo, tag, section);
		assertThat(home).isLessThanOrEqualTo(15);
		assertThat(homePageTwo).isLessThan(home);
		assertThat(tag).isLessThanOrEqualTo(4);
		assertThat(section).isLessThanOrEqualTo(4);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void adminArticleListDoesNotQueryPerRow() {
		long list = statementsFor("/admin/articles");
		System.out.printf("SQL statements per request: admin article list (24 rows) %d%n", list);
		assertThat(list).isLessThanOrEqualTo(12);
	}

	/**
	 * The statements of one page of its own: a first request builds what every page
	 * shares and keeps until content changes (ticker, sidebar, navigation, counts); the
	 * measured one renders afresh, since this test runs with the page cache off (it no
	 * longer tells apart addresses that differ only by parameters a page does not read).
	 */
	private long statementsFor(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		this.statistics.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

	private void enrichArticle() {
		this.transaction.executeWithoutResult((status) -> {
			Article article = this.articles.findBySlug("rogun-dam-turbine-milestone").orElseThrow();
			Set<Tag> more = new HashSet<>(article.getTags());
			for (int i = 0; i < 8; i++) {
				more.add(this.tags.save(new Tag("extra-topic-" + i, "Extra topic " + i, TagKind.TOPIC)));
			}
			article.tagWith(more);
			List<Author> byline = new ArrayList<>(article.getAuthors());
			for (int i = 0; i < 3; i++) {
				byline.add(this.authors.save(new Author("extra-author-" + i, "Extra Author " + i)));
			}
			article.creditTo(byline);
			for (int i = 0; i < 3; i++) {
				this.links.save(SuggestedLink.toUrl(article, "https://example.org/" + i, "External " + i, 10 + i));
			}
		});
	}

}
