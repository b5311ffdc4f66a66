package org.dastan.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.change.ContentChanges;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages are served from memory until content changes: at once after a save on this
 * node, at the next poll after a save on another node, with the same headers as the page
 * first had, and apart for each language.
 */
@SpringBootTest(
		properties = { "dastan.cache.poll-interval=PT1H", "spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageCacheTest {

	private static final String PAGE = "/articles/rogun-dam";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ContentChanges contentChanges;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Article article;

	@BeforeEach
	void publish() {
		Article rogun = new Article("rogun-dam", "Rogun dam fills its reservoir");
		rogun.publish(Instant.now().minusSeconds(3600));
		this.article = this.articles.save(rogun);
	}

	@AfterEach
	void delete() {
		this.articles.deleteAll();
	}

	@Test
	void showsASaveOnThisNodeOnTheNextRequest() {
		assertThat(page()).contains("Rogun dam fills its reservoir");

		this.article.retitle("Rogun dam reaches full height");
		this.articles.save(this.article);

		assertThat(page()).contains("Rogun dam reaches full height");
	}

	@Test
	void servesThePageFromMemoryUntilAnotherNodesChangeIsPolled() {
		assertThat(page()).contains("Rogun dam fills its reservoir");
		// Another node's save: the row and the change log change in the database only.
		this.jdbc.update("update articles set title = 'Rogun dam opens' where slug = 'rogun-dam'");
		assertThat(page()).as("kept in memory").contains("Rogun dam fills its reservoir");
		this.jdbc.update("insert into content_changes (content_keys, written_by, changed_at)"
				+ " values (?, 'node-b', current_timestamp)", "article-" + this.article.getId());

		this.contentChanges.poll();

		assertThat(page()).contains("Rogun dam opens");
	}

	@Test
	void repeatsTheHeadersAndAnswersItsEtagWithNotModified() {
		MvcTestResult first = this.mvc.get().uri(PAGE).exchange();
		MvcTestResult cached = this.mvc.get().uri(PAGE).exchange();

		assertThat(cached).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		for (String header : new String[] { HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, "Content-Security-Policy",
				"X-Content-Type-Options" }) {
			assertThat(cached.getResponse().getHeader(header)).as(header)
				.isNotBlank()
				.isEqualTo(first.getResponse().getHeader(header));
		}
		assertThat(cached.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(this.mvc.get().uri(PAGE).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void servesOnePageWhateverTrackingParametersTheLinkCarries() throws Exception {
		String tracked = this.mvc.get()
			.uri(PAGE + "?utm_source=newsletter&utm_campaign=march&fbclid=abc123")
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(tracked).contains("<link rel=\"canonical\" href=\"http://localhost/articles/rogun-dam\">")
			.doesNotContain("utm_source", "fbclid");
		assertThat(page()).as("the same page, kept").isEqualTo(tracked);
	}

	@Test
	void keepsEachLanguageApart() throws Exception {
		String english = this.mvc.get()
			.uri(PAGE)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.getResponse()
			.getContentAsString();
		String russian = this.mvc.get()
			.uri(PAGE)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(english).contains("lang=\"en\"");
		assertThat(russian).contains("lang=\"ru\"");
	}

	@Test
	void rendersAPageOnceForReadersWhoAskForItAtTheSameTime() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		page();
		changeTheTitle("Rogun dam reaches full height");
		statistics.clear();
		assertThat(page()).contains("Rogun dam reaches full height");
		long queriesOfOneRendering = statistics.getQueryExecutionCount();
		assertThat(queriesOfOneRendering).isPositive();

		changeTheTitle("Rogun dam opens");
		statistics.clear();
		int readers = 16;
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			CyclicBarrier together = new CyclicBarrier(readers);
			List<Future<String>> pages = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				pages.add(pool.submit(() -> {
					together.await();
					return page();
				}));
			}
			for (Future<String> page : pages) {
				assertThat(page.get(30, TimeUnit.SECONDS)).contains("Rogun dam opens");
			}
		}
		finally {
			pool.shutdownNow();
		}

		// Sixteen renderings would run sixteen times the queries; a reader that asked
		// before the first one had begun may render it too.
		assertThat(statistics.getQueryExecutionCount()).isLessThan(queriesOfOneRendering * 4);
	}

	private void changeTheTitle(String title) {
		this.article.retitle(title);
		this.article = this.articles.save(this.article);
	}

	private String page() {
		MvcTestResult result = this.mvc.get().uri(PAGE).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
