package org.dastan.core.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Searching the index that Hibernate Search keeps beside the database: what readers find,
 * in which order, with which snippet, and that no query they type breaks the page.
 */
@SpringBootTest
class ArticleSearchTest {

	static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

	private static final PageRequest FIRST = PageRequest.of(0, 10);

	@Autowired
	private ArticleSearch search;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private TagRepository tags;

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.authors.deleteAll();
		this.tags.deleteAll();
	}

	@Test
	void findsArticlesByTitleStandfirstBodyTagAndAuthorName() {
		Article article = article("grain-exports", "Grain exports rise", "<p>Wheat shipments leave Aktau.</p>");
		article.writeStandfirst("Record volumes through the Caspian ports.");
		article.tagWith(Set.of(this.tags.save(new Tag("agriculture", "Agriculture", TagKind.TOPIC))));
		article.creditTo(List.of(this.authors.save(new Author("aigerim-bekova", "Aigerim Bekova"))));
		publish(article, NOW.minusSeconds(60));

		for (String query : List.of("grain", "Caspian", "shipments", "agriculture", "Bekova")) {
			assertThat(slugs(query)).as(query).containsExactly("grain-exports");
		}
		assertThat(slugs("Aktau markup p")).isEmpty();
	}

	@Test
	void ranksATitleMatchAboveABodyOnlyMatch() {
		publish(article("cotton-harvest", "Cotton harvest begins", "<p>Fields near Turkestan are busy.</p>"),
				NOW.minusSeconds(7200));
		publish(article("weather-report", "Weather report",
				"<p>Rain may delay cotton picking; cotton growers wait, and cotton prices climb.</p>"),
				NOW.minusSeconds(60));

		assertThat(slugs("cotton")).containsExactly("cotton-harvest", "weather-report");
	}

	@Test
	void findsEnglishWordsByTheirStem() {
		publish(article("record-harvest", "A record harvest in Kostanay", "<p>Farmers are counting.</p>"),
				NOW.minusSeconds(60));

		assertThat(slugs("harvests")).containsExactly("record-harvest");
		assertThat(slugs("the farmer counts")).containsExactly("record-harvest");
	}

	@Test
	void findsRussianWordsByTheirStem() {
		publish(article("urozhai", "Рекордный урожай пшеницы", "<p>Фермеры Костаная собрали урожай раньше срока.</p>"),
				NOW.minusSeconds(60));

		assertThat(slugs("урожая")).containsExactly("urozhai");
		assertThat(slugs("пшеница и фермер")).containsExactly("urozhai");
		assertThat(this.search.search("урожаи", FIRST).getContent().get(0).snippet()).contains("<mark>урожай</mark>");
	}

	@Test
	void neverFindsDraftsOrScheduledArticles() {
		this.articles.save(article("draft", "Zebra draft", "<p>Not yet.</p>"));
		publish(article("scheduled", "Zebra scheduled", "<p>Tomorrow.</p>"), NOW.plusSeconds(3600));
		publish(article("live", "Zebra live", "<p>Today.</p>"), NOW.minusSeconds(60));

		Page<ArticleHit> hits = this.search.search("zebra", FIRST);
		assertThat(hits.getContent()).extracting((hit) -> hit.card().slug()).containsExactly("live");
		assertThat(hits.getTotalElements()).isOne();
	}

	@Test
	void findsAnEditedArticleByItsNewWordsRightAfterTheSave() {
		publish(article("fruit", "Apricot prices fall", "<p>Markets in Osh.</p>"), NOW.minusSeconds(60));
		assertThat(slugs("pomegranate")).isEmpty();

		Article article = this.articles.findBySlug("fruit").orElseThrow();
		article.retitle("Pomegranate prices fall");
		this.articles.save(article);

		assertThat(slugs("pomegranate")).containsExactly("fruit");
		assertThat(slugs("apricot")).isEmpty();
	}

	@Test
	void showsAnHtmlSafeSnippetWithTheMatchMarked() {
		publish(article("safe", "Late crops", "<h2>Melons under pressure</h2>"
				+ "<p>Farmers wrote &lt;script&gt;alert(1)&lt;/script&gt; and said<br>the melon harvest was late.</p>"),
				NOW.minusSeconds(60));

		String snippet = this.search.search("harvests", FIRST).getContent().get(0).snippet();
		assertThat(snippet).isEqualTo("Farmers wrote &lt;script&gt;alert(1)&lt;&#x2F;script&gt; and said the melon "
				+ "<mark>harvest</mark> was late.");
	}

	@Test
	void countsAllResultsAndPagesThroughThem() {
		for (int i = 1; i <= 3; i++) {
			publish(article("bridge-" + i, "Bridge number " + i, "<p>Steel.</p>"), NOW.minusSeconds(60L * i));
		}

		Page<ArticleHit> first = this.search.search("bridge", PageRequest.of(0, 2));
		Page<ArticleHit> second = this.search.search("bridge", PageRequest.of(1, 2));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getContent()).hasSize(2);
		assertThat(second.getContent()).hasSize(1);
		assertThat(this.search.search("bridge", PageRequest.of(50, 2)).getContent()).isEmpty();
	}

	@Test
	void acceptsAnythingReadersTypeWithoutFailing() {
		publish(article("steppe", "Steppe fires", "<p>Wind spreads them.</p>"), NOW.minusSeconds(60));

		String longQuery = "steppe ".repeat(715);
		for (String query : List.of(longQuery, "\"unclosed AND (", ")(*~|+-\"", "fire~~2 -", "*", "\\", "the")) {
			assertThatNoException().isThrownBy(() -> this.search.search(query, FIRST));
		}
		assertThat(slugs(longQuery)).containsExactly("steppe");
		assertThat(this.search.search("   ", FIRST)).isEmpty();
		assertThat(this.search.search(null, FIRST)).isEmpty();
	}

	@Test
	void cutsLongQueriesBeforeAWordThatWouldNotFit() {
		assertThat(ArticleSearch.clean("  " + "x".repeat(5000))).hasSize(ArticleSearch.MAX_QUERY_LENGTH);
		assertThat(ArticleSearch.clean("x".repeat(199) + "😀")).hasSize(199);
		assertThat(ArticleSearch.clean("steppe ".repeat(715))).hasSize(195).endsWith("steppe");
	}

	private List<String> slugs(String query) {
		return this.search.search(query, FIRST).getContent().stream().map((hit) -> hit.card().slug()).toList();
	}

	private Article article(String slug, String title, String body) {
		Article article = new Article(slug, title);
		article.writeBody(this.sanitizer.sanitize(body));
		return article;
	}

	private void publish(Article article, Instant when) {
		if (when.isAfter(NOW)) {
			article.schedule(when, NOW);
		}
		else {
			article.publish(when);
		}
		this.articles.save(article);
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
