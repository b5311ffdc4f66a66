package org.dastan.site;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.change.ContentChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Public pages tell an edge cache how long it may keep them and under which keys, and a
 * save tells the edge caches to drop the pages that show what it changed. The edge here
 * is a small HTTP server that records the purges it is sent, as Varnish would receive
 * them.
 */
@SpringBootTest(properties = { "dastan.cache.poll-interval=PT1H", "dastan.edge.repurge-after=PT0.3S" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EdgeCacheTest {

	private static final List<String> purges = new CopyOnWriteArrayList<>();

	private static final HttpServer edge = startEdge();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ApplicationEventPublisher events;

	@DynamicPropertySource
	static void edgeAddress(DynamicPropertyRegistry registry) {
		registry.add("dastan.edge.purge-urls", () -> "http://127.0.0.1:" + edge.getAddress().getPort() + "/");
	}

	@BeforeEach
	void letEarlierPurgesArrive() throws InterruptedException {
		// The second purge of an earlier test's change comes 0.3 s after its first.
		Thread.sleep(600);
		purges.clear();
	}

	@AfterEach
	void deleteArticles() {
		this.articles.deleteAll();
	}

	@AfterAll
	static void stopEdge() {
		edge.stop(0);
	}

	@Test
	void aPageNamesWhatItShowsAndMayBeKeptByASharedCache() {
		Article rogun = publish("rogun-dam", "Rogun dam fills its reservoir");

		for (int visit = 0; visit < 2; visit++) {
			// Rendered, then served from memory: the same headers both times.
			MvcTestResult page = this.mvc.get().uri("/articles/rogun-dam").exchange();
			assertThat(page).hasStatusOk();
			assertThat(page.getResponse().getHeader("xkey").split(" ")).contains("all", "article-" + rogun.getId());
			assertThat(page.getResponse().getHeader("Surrogate-Key")).isEqualTo(page.getResponse().getHeader("xkey"));
			assertThat(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
				.isEqualTo("public, max-age=0, s-maxage=300, stale-while-revalidate=30");
		}
	}

	@Test
	void aSaveOfAPublishedArticlePurgesTheKeysItTouched() {
		Article rogun = publish("rogun-dam", "Rogun dam fills its reservoir");
		// The publication's own purge, sent in the background, comes first.
		await().atMost(Duration.ofSeconds(10)).until(() -> purges.stream().anyMatch((keys) -> keys.contains("latest")));
		purges.clear();

		rogun.retitle("Rogun dam reaches full height");
		this.articles.save(rogun);

		// At once, and once more for pages that were being rendered meanwhile.
		await().atMost(Duration.ofSeconds(10)).until(() -> purges.size() == 2);
		assertThat(purges).allSatisfy(
				(keys) -> assertThat(keys.split(" ")).contains("article-" + rogun.getId(), "card-" + rogun.getId()));
	}

	@Test
	void anUnknownAddressIsKeptByNoCache() {
		MvcTestResult missing = this.mvc.get().uri("/articles/not-yet-published").exchange();

		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(missing.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
	}

	@Test
	void aDraftsSavePurgesNothing() throws InterruptedException {
		Article draft = this.articles.save(new Article("grain-harvest", "Grain harvest begins"));
		purges.clear();

		draft.retitle("Grain harvest begins early");
		this.articles.save(draft);
		Thread.sleep(500);

		assertThat(purges).isEmpty();
	}

	@Test
	void aChangeAnotherNodeMadeIsPurgedToo() {
		purges.clear();

		// As this node announces a change it read from the change log, once it dropped
		// its own copies: the edge may have fetched one of them since the other node's
		// purge.
		this.events.publishEvent(new ContentChanged(Set.of("article-7", "card-7"), false));

		await().atMost(Duration.ofSeconds(10)).until(() -> purges.size() == 2);
		assertThat(purges)
			.allSatisfy((keys) -> assertThat(keys.split(" ")).containsExactlyInAnyOrder("article-7", "card-7"));
	}

	private Article publish(String slug, String title) {
		Article article = new Article(slug, title);
		article.publish(Instant.now().minusSeconds(60));
		return this.articles.save(article);
	}

	private static HttpServer startEdge() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				if ("PURGE".equals(exchange.getRequestMethod())) {
					purges.add(exchange.getRequestHeaders().getFirst("xkey-purge"));
				}
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
