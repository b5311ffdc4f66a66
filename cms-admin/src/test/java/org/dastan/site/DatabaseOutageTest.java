package org.dastan.site;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.change.ContentChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database cannot be reached, readers get the last good copy of a kept page,
 * marked stale, and everyone else, editors included, gets the site's error page at once,
 * built without the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "dastan.cache.poll-interval=PT1H")
@ActiveProfiles("test")
class DatabaseOutageTest {

	@LocalServerPort
	private int port;

	@Autowired
	private SwitchableDataSource database;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ApplicationEventPublisher events;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void restore() {
		this.database.down = false;
		this.articles.deleteAll();
	}

	@Test
	void waitsSecondsNotHalfAMinuteForAConnection() throws SQLException {
		assertThat(this.database.unwrap(HikariDataSource.class).getConnectionTimeout()).isLessThanOrEqualTo(3_000);
	}

	@Test
	void servesAKeptPageStaleWhileTheDatabaseIsDown() throws Exception {
		Article article = new Article("aral-sea", "The Aral Sea comes back");
		article.publish(Instant.now().minusSeconds(60));
		this.articles.save(article);
		assertThat(get("/articles/aral-sea").statusCode()).isEqualTo(200);
		// A save elsewhere empties the cache just before the database goes.
		this.events.publishEvent(ContentChanged.everything());
		this.database.down = true;

		for (int i = 0; i < 3; i++) {
			HttpResponse<String> stale = get("/articles/aral-sea?utm_source=" + i);
			assertThat(stale.statusCode()).isEqualTo(200);
			assertThat(stale.headers().firstValue("X-Dastan-Stale")).hasValue("1");
			assertThat(stale.body()).contains("The Aral Sea comes back");
		}
	}

	@Test
	void showsReadersTheErrorPageWithoutAskingTheDatabaseAgain() throws Exception {
		this.database.down = true;

		HttpResponse<String> response = get("/articles/never-seen");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("We could not show this page just now").doesNotContain("HTTP Status");
		assertThat(this.database.attempts).as("connections asked for").hasValue(1);
	}

	@Test
	void showsEditorsTheSitesErrorPageNotTheContainers() throws Exception {
		this.database.down = true;
		String session = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());

		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin"))
			.header("Accept", "text/html")
			.header("Cookie", "SESSION=" + session)
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("We could not show this page just now").doesNotContain("HTTP Status");
	}

	@Test
	void givesAnEditorsSaveBackWithEveryFieldAndNotSaved() throws Exception {
		this.database.down = true;
		String session = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
		String form = "title=" + URLEncoder.encode("Floods in <Osh> & Jalal-Abad", StandardCharsets.UTF_8) + "&body="
				+ URLEncoder.encode("<p>Every word typed\nduring the outage.</p>", StandardCharsets.UTF_8)
				+ "&version=3&_csrf=token-from-the-form&action=SAVE";

		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin/articles/7"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.body()).contains("Not saved: the database cannot be reached")
			.contains("value=\"Floods in &lt;Osh&gt; &amp; Jalal-Abad\"")
			.contains("&lt;p&gt;Every word typed\nduring the outage.&lt;/p&gt;</textarea>")
			.contains("<input type=\"hidden\" name=\"version\" value=\"3\">")
			.contains("action=\"/admin/articles/7\"")
			.doesNotContain("HTTP Status");
	}

	private HttpResponse<String> get(String path) throws Exception {
		this.database.attempts.set(0);
		// As a browser asks: for HTML, not the JSON error body.
		return this.http.send(
				HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** The application's pool, which the test can make refuse every connection. */
	static class SwitchableDataSource extends DelegatingDataSource {

		volatile boolean down;

		final AtomicInteger attempts = new AtomicInteger();

		SwitchableDataSource(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			// Only requests' attempts: scheduled jobs (the session clean-up) may try too.
			if (Thread.currentThread().getName().startsWith("http-")) {
				this.attempts.incrementAndGet();
			}
			if (this.down) {
				throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available (test)");
			}
			return super.getConnection();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BreakableDatabase {

		@Bean
		static BeanPostProcessor switchableDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource pool && !(bean instanceof SwitchableDataSource))
							? new SwitchableDataSource(pool) : bean;
				}
			};
		}

	}

}
