package org.dastan.web.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.search.ArticleHit;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.search.DidYouMean;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagService;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.layout.NewsroomDates;
import org.dastan.web.listing.PageLinks;
import org.dastan.web.media.MediaUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

@WebMvcTest(SearchController.class)
@Import({ CoreConfiguration.class, ContentCaches.class, MediaStorage.class, LayoutModel.class, SidebarModel.class,
		NewsroomDates.class, MediaUrls.class, PageLinks.class })
class SearchControllerTest {

	private static final ArticleCard HARVEST = new ArticleCard(1, "record-harvest", "A record harvest",
			"Farmers count.", new TagRef(2, "kazakhstan", "Kazakhstan"), Instant.parse("2026-01-09T06:00:00Z"), null);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleSearch search;

	@MockitoBean
	private DidYouMean didYouMean;

	@MockitoBean
	private Sidebar sidebar;

	@MockitoBean
	private Ticker ticker;

	@MockitoBean
	private TagService tags;

	@MockitoBean
	private PublishedPages pages;

	@Test
	void showsTheCountSnippetsAndPagesThatKeepTheQuery() {
		given(this.search.search(eq("harvest"), any())).willAnswer((call) -> page(call.getArgument(1), 30,
				new ArticleHit(HARVEST, "The <mark>harvest</mark> of &lt;b&gt;wheat&lt;/b&gt;")));

		assertThat(this.mvc.get().uri("/search?q=harvest&page=2")).hasStatusOk()
			.bodyText()
			.contains("30 articles found for “harvest”", "href=\"/articles/record-harvest\"", "Kazakhstan")
			.contains("The <mark>harvest</mark> of &lt;b&gt;wheat&lt;/b&gt;")
			.contains("href=\"?q=harvest&amp;page=1\"", "href=\"?q=harvest&amp;page=3\"", "Page 2 of 3");
	}

	@Test
	void asksForWordsWhenTheQueryIsEmpty() {
		assertThat(this.mvc.get().uri("/search")).hasStatusOk()
			.bodyText()
			.contains("Type a word or two to search all published articles.");
		assertThat(this.mvc.get().uri("/search").queryParam("q", "   ")).hasStatusOk()
			.bodyText()
			.contains("Type a word or two");
		then(this.search).should(never()).search(anyString(), any());
	}

	@Test
	void saysSoWhenNothingMatchesAndEscapesTheQuery() {
		given(this.search.search(anyString(), any())).willAnswer((call) -> page(call.getArgument(1), 0));

		assertThat(this.mvc.get().uri("/search").queryParam("q", "<script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.contains("No articles match “&lt;script&gt;alert(1)&lt;/script&gt;”")
			.doesNotContain("<script>alert");
	}

	@Test
	void offersASpellingThatFindsArticlesWhenNothingMatches() {
		given(this.search.search(anyString(), any())).willAnswer((call) -> page(call.getArgument(1), 0));
		given(this.didYouMean.suggest("gsa prices")).willReturn(Optional.of("gas prices"));

		assertThat(this.mvc.get().uri("/search").queryParam("q", "gsa prices")).hasStatusOk()
			.bodyText()
			.contains("No articles match “gsa prices”", "Did you mean", "href=\"/search?q=gas%20prices\"",
					">gas prices</a>?");
		assertThat(
				this.mvc.get().uri("/search").queryParam("q", "gsa prices").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
			.hasStatusOk()
			.bodyText()
			.contains("Возможно, вы имели в виду", ">gas prices</a>?");
	}

	@Test
	void offersNoSpellingWhenArticlesMatchOrNoSpellingWould() {
		given(this.search.search(eq("harvest"), any()))
			.willAnswer((call) -> page(call.getArgument(1), 1, new ArticleHit(HARVEST, null)));
		given(this.search.search(eq("zzzz"), any())).willAnswer((call) -> page(call.getArgument(1), 0));

		assertThat(this.mvc.get().uri("/search?q=harvest")).hasStatusOk().bodyText().doesNotContain("Did you mean");
		assertThat(this.mvc.get().uri("/search?q=zzzz")).hasStatusOk()
			.bodyText()
			.contains("No articles match")
			.doesNotContain("Did you mean");
		then(this.didYouMean).should(never()).suggest("harvest");
	}

	@Test
	void answersBadParametersWithTheSearchPage() {
		given(this.search.search(anyString(), any()))
			.willAnswer((call) -> page(call.getArgument(1), 1, new ArticleHit(HARVEST, null)));

		for (String page : List.of("-1", "abc", "99999999999", "")) {
			assertThat(this.mvc.get().uri("/search").queryParam("q", "harvest").queryParam("page", page)).hasStatusOk()
				.bodyText()
				.contains("A record harvest", "Farmers count.");
		}
		assertThat(this.mvc.get().uri("/search").queryParam("q", "harvest ".repeat(625))).hasStatusOk()
			.bodyText()
			.contains("1 article found for");
		then(this.search).should(times(5))
			.search(argThat((query) -> query.length() <= ArticleSearch.MAX_QUERY_LENGTH), eq(PageRequest.of(0, 12)));
	}

	@Test
	void showsTheLastPageForAPageBeyondIt() {
		given(this.search.search(anyString(), any()))
			.willAnswer((call) -> page(call.getArgument(1), 13, new ArticleHit(HARVEST, null)));

		assertThat(this.mvc.get().uri("/search?q=harvest&page=7")).hasStatusOk()
			.bodyText()
			.contains("Page 2 of 2", "A record harvest");
	}

	// The page the search would return: the hits on the requested page only, if it
	// exists.
	private static Page<ArticleHit> page(Pageable pageable, long total, ArticleHit... hits) {
		boolean exists = pageable.getOffset() < total;
		return new PageImpl<>(exists ? List.of(hits) : List.of(), pageable, total);
	}

}
