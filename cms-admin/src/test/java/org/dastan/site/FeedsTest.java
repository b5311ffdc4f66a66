package org.dastan.site;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RSS feeds, read back with Rome as a feed reader would read them.
 */
@DemoSite
class FeedsTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void siteFeedListsTheLatestTwentyPublicArticlesNewestFirst() throws Exception {
		SyndFeed feed = read("/feed");

		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getTitle()).isEqualTo("Dastan");
		assertThat(feed.getLink()).isEqualTo(DemoSite.BASE + "/");
		assertThat(feed.getLanguage()).isEqualTo("en");
		assertThat(feed.getDescription()).startsWith("Independent news from Central Asia");
		List<SyndEntry> entries = feed.getEntries();
		assertThat(entries).hasSize(20);
		assertThat(entries.get(0).getLink()).isEqualTo(DemoSite.BASE + "/articles/pamir-highway-repairs-begin");
		assertThat(entries).extracting(SyndEntry::getPublishedDate)
			.isSortedAccordingTo((a, b) -> ((Date) b).compareTo((Date) a));
		// The draft, and the story scheduled for tomorrow, would be the newest of all.
		assertThat(entries).extracting(SyndEntry::getLink)
			.allMatch((link) -> link.startsWith(DemoSite.BASE + "/articles/"))
			.doesNotContain(DemoSite.BASE + "/articles/uzbek-budget-debate-draft",
					DemoSite.BASE + "/articles/kazakhstan-census-results-preview");
	}

	@Test
	void feedItemsCarryPermalinkStandfirstCategoriesAndBylines() throws Exception {
		SyndEntry astana = entry(read("/feed"), "astana-light-rail-first-passengers");

		assertThat(astana.getTitle()).isEqualTo("Astana's light rail line carries its first passengers");
		assertThat(astana.getUri()).isEqualTo(astana.getLink());
		assertThat(astana.getDescription().getValue()).startsWith("After years of delays, the first line");
		assertThat(astana.getCategories()).extracting(SyndCategory::getName).containsExactly("Kazakhstan", "Transport");
		DCModule dublinCore = (DCModule) astana.getModule(DCModule.URI);
		assertThat(dublinCore.getCreators()).containsExactly("Daniel Hughes", "Aigerim Sadykova");

		Channel channel = (Channel) new WireFeedInput().build(new StringReader(body("/feed")));
		assertThat(channel.getLastBuildDate()).isEqualTo(DemoSite.NOW.minusSeconds(4 * 3600));
		Item first = channel.getItems().get(0);
		assertThat(first.getGuid().isPermaLink()).isTrue();
		assertThat(first.getGuid().getValue()).isEqualTo(first.getLink());
	}

	@Test
	void sectionFeedListsOnlyThatSectionsPublicArticles() throws Exception {
		SyndFeed feed = read("/sections/kazakhstan/feed");

		assertThat(feed.getTitle()).isEqualTo("Kazakhstan | Dastan");
		assertThat(feed.getLink()).isEqualTo(DemoSite.BASE + "/sections/kazakhstan");
		// Eleven public Kazakhstan stories, three of them in Russian; the census preview
		// is
		// scheduled for tomorrow.
		assertThat(feed.getEntries()).hasSize(11)
			.allSatisfy((entry) -> assertThat(entry.getCategories().get(0).getName()).isEqualTo("Kazakhstan"));
		assertThat(feed.getEntries().get(0).getLink())
			.isEqualTo(DemoSite.BASE + "/articles/regional-currencies-weekly-review");
	}

	@Test
	void tagAndAuthorFeedsListTheirPublicArticles() throws Exception {
		SyndFeed energy = read("/tags/energy/feed");
		assertThat(energy.getLink()).isEqualTo(DemoSite.BASE + "/tags/energy");
		// Six in English, two in Russian.
		assertThat(energy.getEntries()).hasSize(8)
			.allSatisfy(
					(entry) -> assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("Energy"));

		SyndFeed hughes = read("/authors/daniel-hughes/feed");
		assertThat(hughes.getTitle()).isEqualTo("Daniel Hughes | Dastan");
		assertThat(hughes.getEntries()).hasSize(11)
			.allSatisfy((entry) -> assertThat(((DCModule) entry.getModule(DCModule.URI)).getCreators())
				.contains("Daniel Hughes"));
	}

	@Test
	void answersFeedsOfUnknownSectionsTagsAndAuthorsWithNotFound() {
		assertThat(this.mvc.get().uri("/sections/atlantis/feed")).hasStatus(HttpStatus.NOT_FOUND);
		// Energy is a topic, not a section.
		assertThat(this.mvc.get().uri("/sections/energy/feed")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/tags/atlantis/feed")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/authors/nobody/feed")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void pagesPointFeedReadersToTheSiteFeed() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Dastan\" href=\"/feed\">");
	}

	private SyndFeed read(String path) throws Exception {
		return new SyndFeedInput().build(new StringReader(body(path)));
	}

	private String body(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/rss+xml;charset=UTF-8");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static SyndEntry entry(SyndFeed feed, String slug) {
		return feed.getEntries()
			.stream()
			.filter((entry) -> entry.getLink().endsWith("/articles/" + slug))
			.findFirst()
			.orElseThrow();
	}

}
