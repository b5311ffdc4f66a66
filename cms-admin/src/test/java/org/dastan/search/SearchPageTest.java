package org.dastan.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application searches the demo newsroom: the index is built as the demo is
 * seeded, and whatever a reader puts in the address gets the search page, never an error.
 */
@SpringBootTest(properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/test-media/search" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchPageTest {

	private static final String HARVEST = "href=\"/articles/kazakhstan-grain-harvest-storage-squeeze\"";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void findsDemoArticlesWithTheMatchMarkedInTheirSnippet() {
		assertThat(this.mvc.get().uri("/search").queryParam("q", "elevator")).hasStatusOk()
			.bodyText()
			.contains(HARVEST, "<mark>elevators</mark>", "found for “elevator”");
		assertThat(this.mvc.get().uri("/search").queryParam("q", "elevator").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
			.hasStatusOk()
			.bodyText()
			.contains(HARVEST, "По запросу «elevator» найдено статей");
	}

	@Test
	void findsStoriesByAnySpellingOfANameAndByRussianWordForms() {
		assertThat(this.mvc.get().uri("/search").queryParam("q", "Tokaev")).hasStatusOk()
			.bodyText()
			.contains("href=\"/articles/tenge-steady-after-rate-decision\"", "<mark>Tokayev</mark>");
		assertThat(this.mvc.get().uri("/search").queryParam("q", "газа")).hasStatusOk()
			.bodyText()
			.contains("href=\"/articles/kazakhstan-gas-prices-industry-ru\"", "<mark>газа</mark>");
	}

	@Test
	void offersASpellingThatFindsStoriesWhenNothingMatches() {
		assertThat(this.mvc.get().uri("/search").queryParam("q", "fery timetable")).hasStatusOk()
			.bodyText()
			.contains("No articles match", "Did you mean", "href=\"/search?q=ferry%20timetable\"");
		assertThat(this.mvc.get().uri("/search").queryParam("q", "ferry timetable")).hasStatusOk()
			.bodyText()
			.contains("href=\"/articles/turkmenbashi-baku-ferry-timetable\"")
			.doesNotContain("Did you mean");
	}

	@Test
	void answersAnyParametersWithTheSearchPage() {
		for (String page : List.of("-1", "abc", "2147483648", "999")) {
			assertThat(this.mvc.get().uri("/search").queryParam("q", "harvest").queryParam("page", page)).hasStatusOk()
				.bodyText()
				.contains(HARVEST);
		}
		for (String query : List.of("harvest ".repeat(625), "\"unclosed AND (", "*~|+-)(", "%00<>")) {
			assertThat(this.mvc.get().uri("/search").queryParam("q", query)).hasStatusOk()
				.bodyText()
				.contains("<h1>Search</h1>")
				.doesNotContain("Exception");
		}
	}

}
