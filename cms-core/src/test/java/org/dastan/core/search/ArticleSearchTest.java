package org.dastan.core.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.text.RegionNames;

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
	private DidYouMean didYouMean;

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

	@Test
	void findsWordsTypedInTheOtherScript() {
		publish(article("kentau", "Kentau plant reopens", "<p>Workers return.</p>"), NOW.minusSeconds(60));
		publish(article("zhezkazgan", "Завод в Жезказгане снова работает", "<p>Рабочие вернулись.</p>"),
				NOW.minusSeconds(120));

		assertThat(slugs("Кентау")).containsExactly("kentau");
		assertThat(slugs("Zhezkazgane")).containsExactly("zhezkazgan");
	}

	@Test
	void forgivesTyposInWordsOfFiveLettersOrMore() {
		publish(article("pipeline", "Pipeline repairs finish", "<p>Gas flows again through the hydropower valley.</p>"),
				NOW.minusSeconds(60));

		assertThat(slugs("pipline")).containsExactly("pipeline");
		assertThat(slugs("hydrpowr valley")).containsExactly("pipeline");
		assertThat(slugs("repiars")).containsExactly("pipeline");
		assertThat(slugs("gsa")).isEmpty();
		assertThat(slugs("fanisg")).as("two typos in six letters").isEmpty();
	}

	@Test
	void ranksExactMatchesAboveMatchesWithATypo() {
		publish(article("typo-in-title", "Pipline protest in the capital", "<p>Crowds gathered.</p>"),
				NOW.minusSeconds(60));
		publish(article("exact-in-body", "Protest ends", "<p>The new pipeline was the cause.</p>"),
				NOW.minusSeconds(7200));

		assertThat(slugs("pipeline")).containsExactly("exact-in-body", "typo-in-title");
	}

	@Test
	void looksForTyposOnlyWhenTheWordsAsTypedFindFewArticles() {
		for (int i = 1; i <= ArticleSearch.TYPOS_BELOW; i++) {
			publish(article("exact-" + i, "Pipeline number " + i, "<p>Steel.</p>"), NOW.minusSeconds(60L * i));
		}
		publish(article("typo", "Pipline with a typo", "<p>Steel.</p>"), NOW.minusSeconds(7200));

		assertThat(this.search.search("pipeline", FIRST).getTotalElements()).isEqualTo(ArticleSearch.TYPOS_BELOW);
		assertThat(slugs("pipline")).first().isEqualTo("typo");
	}

	@Test
	void findsWordsWrittenJoinedOrApart() {
		publish(article("joined", "Hydropower plans", "<p>Dams.</p>"), NOW.minusSeconds(60));
		publish(article("apart", "Solar power stations", "<p>Panels.</p>"), NOW.minusSeconds(120));

		assertThat(slugs("hydro power")).containsExactly("joined");
		assertThat(slugs("solarpower")).containsExactly("apart");
	}

	@Test
	void keepsPhrasesInQuotesTogether() {
		publish(article("phrase", "Coal to gas", "<p>The city switches.</p>"), NOW.minusSeconds(60));
		publish(article("words", "Gas is scarce", "<p>Coal is back to stay.</p>"), NOW.minusSeconds(120));

		assertThat(slugs("\"coal to gas\"")).containsExactly("phrase");
		assertThat(slugs("coal gas")).containsExactlyInAnyOrder("phrase", "words");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("regionNames")
	void findsEveryRegionNameByEachOfItsSpellings(String line) {
		List<String> spellings = Arrays.stream(line.split(",")).map(String::strip).toList();
		String english = spellings.get(0);
		String russian = spellings.stream()
			.filter((name) -> name.matches("[\\p{IsCyrillic} ]+"))
			.findFirst()
			.orElse(null);
		publish(article("english", "Reporting from " + capitalized(english), "<p>Notes.</p>"), NOW.minusSeconds(60));
		if (russian != null) {
			publish(article("russian", "Репортаж: " + capitalized(russian), "<p>Заметки.</p>"), NOW.minusSeconds(120));
		}
		for (String spelling : spellings) {
			assertThat(slugs(spelling)).as(spelling).contains("english");
			assertThat(slugs(capitalized(spelling))).as(spelling).contains("english");
			if (russian != null) {
				assertThat(slugs(spelling)).as(spelling).contains("russian");
			}
		}
	}

	@Test
	void suggestsACloseSpellingThatFindsArticles() {
		publish(article("gas", "Gas prices rise", "<p>Households pay more for gas.</p>"), NOW.minusSeconds(60));
		publish(article("gaz", "Цены на газ растут", "<p>Газ дорожает.</p>"), NOW.minusSeconds(120));

		assertThat(slugs("gsa prices")).isEmpty();
		assertThat(this.didYouMean.suggest("gsa prices")).contains("gas prices");
		assertThat(this.didYouMean.suggest("Gsa")).contains("Gas");
		assertThat(this.didYouMean.suggest("гза")).contains("газ");
		assertThat(this.didYouMean.suggest("gas prices")).as("nothing to correct").isEmpty();
		assertThat(this.didYouMean.suggest("gas zebra")).as("no close word").isEmpty();
		assertThat(this.didYouMean.suggest("")).isEmpty();
	}

	@Test
	void countsTyposAsInsertionsDeletionsReplacementsAndSwaps() {
		assertThat(DidYouMean.distance("pipeline", "pipeline")).isZero();
		assertThat(DidYouMean.distance("pipline", "pipeline")).isOne();
		assertThat(DidYouMean.distance("gsa", "gas")).isOne();
		assertThat(DidYouMean.distance("tashkent", "toshkent")).isOne();
		assertThat(DidYouMean.distance("samarkand", "samrkant")).isEqualTo(2);
	}

	static List<String> regionNames() {
		return RegionNames.lines();
	}

	private static String capitalized(String name) {
		return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
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
