package org.dastan.site;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.redirect.RedirectDraft;
import org.dastan.core.redirect.Redirects;
import org.dastan.core.redirect.internal.HitCounter;
import org.dastan.core.redirect.internal.RedirectRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old links keep working through the whole site, page cache and security included: an
 * address no page answers is sent on by its redirect, WordPress's {@code /?p=123} on the
 * home page too, and a page that exists is always shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OldAddressesTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Redirects redirects;

	@Autowired
	private RedirectRepository stored;

	@Autowired
	private HitCounter hits;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
		this.articles.deleteAll();
	}

	@Test
	void unknownPathsWithARedirectAnswerWithItsStatusAndLocation() {
		publish("rogun-dam");
		assertThat(this.mvc.get().uri("/index.php/news/12345-rogun")).hasStatus(HttpStatus.NOT_FOUND);

		this.redirects.add(new RedirectDraft("/index.php/news/12345-rogun", "/articles/rogun-dam", 301));
		this.redirects.add(new RedirectDraft("/articles/gone", "/articles/rogun-dam", 302));
		this.redirects.add(new RedirectDraft("/novosti/staroe", "/articles/новое", 301));
		this.redirects.add(new RedirectDraft("/promo", "https://example.com/campaign?x=1", 302));

		// The map each node keeps was dropped by the saves: no restart, no wait.
		assertThat(this.mvc.get().uri("/index.php/news/12345-rogun/?utm_source=old"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/rogun-dam");
		// Under a path the page cache keeps pages for.
		assertThat(this.mvc.get().uri("/articles/gone")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/articles/rogun-dam");
		// A target may be any path, sent encoded (Cyrillic old paths through the real
		// server: CyrillicOldAddressesTest).
		assertThat(this.mvc.get().uri("/novosti/staroe")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/%D0%BD%D0%BE%D0%B2%D0%BE%D0%B5");
		assertThat(this.mvc.get().uri("/promo")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("https://example.com/campaign?x=1");
		assertThat(this.mvc.get().uri("/articles/rogun-dam")).hasStatusOk();
		assertThat(this.mvc.get().uri("/no/such/page")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/promo")).hasStatus(HttpStatus.FORBIDDEN);

		this.hits.flush();
		assertThat(this.stored.findByOldPath("/index.php/news/12345-rogun").orElseThrow().getHits()).isEqualTo(1);
	}

	@Test
	void wordPressQueriesOnTheHomePageRedirectAndOtherQueriesShowIt() {
		publish("first-story");
		this.redirects.add(new RedirectDraft("/?p=123", "/articles/first-story", 301));
		this.redirects.add(new RedirectDraft("/?cat=7", "/sections/kazakhstan", 302));

		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/?p=123")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/first-story");
		assertThat(this.mvc.get().uri("/?utm_source=x&p=123")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/first-story");
		assertThat(this.mvc.get().uri("/?cat=7")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/sections/kazakhstan");
		assertThat(this.mvc.get().uri("/?p=999")).hasStatusOk().bodyText().contains("Story first-story");
		assertThat(this.mvc.get().uri("/?page=1")).hasStatusOk();
	}

	@Test
	void aPageThatExistsIsNeverRedirected() {
		publish("live-story");
		this.redirects.add(new RedirectDraft("/kept", "/articles/live-story", 301));
		// Refused through the admin; written straight to the table, as an import from
		// another system could have left it.
		this.jdbc.update("insert into redirects (old_path, target, status, created_at, updated_at, version)"
				+ " values ('/articles/live-story', '/elsewhere', 301, current_timestamp, current_timestamp, 0)");
		this.redirects.delete(this.stored.findByOldPath("/kept").orElseThrow().getId());

		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.get().uri("/articles/live-story")).hasStatusOk()
				.bodyText()
				.contains("Story live-story");
		}
	}

	private void publish(String slug) {
		Article article = new Article(slug, "Story " + slug);
		article.publish(Instant.now().minusSeconds(3600));
		this.articles.save(article);
	}

}
