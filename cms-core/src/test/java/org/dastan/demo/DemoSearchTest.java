package org.dastan.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import org.dastan.core.CoreTestApplication;
import org.dastan.core.search.ArticleHit;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.search.DidYouMean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers find the demo newsroom's stories whichever way they spell the region's names,
 * with a typo, in words joined or apart, and in Russian word forms.
 */
@SpringBootTest(classes = { CoreTestApplication.class, DemoNewsroom.class, DemoNewsroom.DemoRepositories.class },
		properties = { "dastan.demo.enabled=true",
				"spring.datasource.url=jdbc:h2:mem:dastan-demo-search;DB_CLOSE_DELAY=-1" })
class DemoSearchTest {

	private static final String GAS_STORY = "kazakhstan-gas-prices-industry-ru";

	@Autowired
	private ArticleSearch search;

	@Autowired
	private DidYouMean didYouMean;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Tokayev     | tenge-steady-after-rate-decision
			Tokaev      | tenge-steady-after-rate-decision
			Токаев      | tenge-steady-after-rate-decision
			Tokaev      | tenge-inflation-national-bank-ru
			Samarkand   | samarkand-high-speed-weekenders
			Samarqand   | samarkand-high-speed-weekenders
			Самарканд   | samarkand-high-speed-weekenders
			Samarqand   | samarkand-tourists-record-ru
			Almaty      | almaty-winter-smog-coal-to-gas
			Алматы      | almaty-winter-smog-coal-to-gas
			Almaty      | almaty-metro-new-stations-ru
			Bishkek     | bishkek-startups-remote-work
			Бишкек      | bishkek-startups-remote-work
			Dushanbe    | dushanbe-schools-new-curriculum
			Душанбе     | dushanbe-schools-new-curriculum
			Tashkent    | tashkent-metro-ring-line
			Toshkent    | tashkent-metro-ring-line
			Ташкент     | tashkent-metro-ring-line
			pipline     | turkmen-gas-china-volumes
			hydro power | kambar-ata-hydropower-financing
			hydropower  | kambar-ata-hydropower-financing
			gas         | turkmen-gas-china-volumes
			tenge       | tenge-steady-after-rate-decision
			газ         | kazakhstan-gas-prices-industry-ru
			газа        | kazakhstan-gas-prices-industry-ru
			газовый     | kazakhstan-gas-prices-industry-ru
			""")
	void findsTheStoryWhicheverWayReadersTypeIt(String query, String slug) {
		assertThat(slugs(query)).contains(slug);
	}

	@Test
	void findsTheRussianGasStoryFirstWithItsWordFormsMarked() {
		for (String query : List.of("газ", "газа", "газовый")) {
			ArticleHit first = this.search.search(query, PageRequest.of(0, 10)).getContent().get(0);
			assertThat(first.card().slug()).as(query).isEqualTo(GAS_STORY);
			assertThat(first.snippet()).as(query).containsPattern("<mark>[Гг]аз[а-я]*</mark>");
		}
	}

	@Test
	void marksTheEnglishNameForAQueryInCyrillic() {
		assertThat(this.search.search("Токаев", PageRequest.of(0, 10)).getContent())
			.filteredOn((hit) -> hit.card().slug().equals("tenge-steady-after-rate-decision"))
			.singleElement()
			.satisfies((hit) -> assertThat(hit.snippet()).contains("<mark>Tokayev</mark>"));
	}

	@Test
	void suggestsASpellingThatFindsStoriesWhenNothingIsFound() {
		assertThat(slugs("gsa")).isEmpty();
		assertThat(this.didYouMean.suggest("gsa")).contains("gas");
		assertThat(slugs("fery timetable")).isEmpty();
		assertThat(this.didYouMean.suggest("fery timetable")).contains("ferry timetable");
		assertThat(this.didYouMean.suggest("pipeline")).isEmpty();
	}

	private List<String> slugs(String query) {
		return this.search.search(query, PageRequest.of(0, 10))
			.getContent()
			.stream()
			.map((hit) -> hit.card().slug())
			.toList();
	}

}
