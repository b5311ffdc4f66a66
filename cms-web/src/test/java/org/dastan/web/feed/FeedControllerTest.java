package org.dastan.web.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.author.Authors;
import org.dastan.core.feed.FeedArticles;
import org.dastan.core.feed.FeedItem;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;
import org.dastan.web.PublicPageTest;
import org.dastan.web.listing.MovedTags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@PublicPageTest(FeedController.class)
@Import({ RssChannels.class, SiteUrls.class, MovedTags.class })
class FeedControllerTest {

	private static final FeedItem ROGUN = new FeedItem(1, "rogun-dam", "Rogun dam reaches a milestone",
			"Another unit is online.", Instant.parse("2025-09-05T04:00:00Z"), Instant.parse("2025-09-05T04:00:00Z"),
			"Tajikistan", List.of("Energy"), List.of("Daniel Hughes"));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TagService tags;

	@MockitoBean
	private FeedArticles articles;

	@MockitoBean
	private Authors authors;

	@Test
	void offersTheLatestArticlesAsRss() {
		given(this.articles.latest()).willReturn(List.of(ROGUN));

		assertThat(this.mvc.get().uri("/feed")).hasStatusOk()
			.hasContentType("application/rss+xml;charset=UTF-8")
			.bodyText()
			.contains("<rss", "version=\"2.0\"")
			.contains("<title>Dastan</title>", "<link>http://localhost/</link>", "<language>en</language>")
			.contains("<title>Rogun dam reaches a milestone</title>",
					"<link>http://localhost/articles/rogun-dam</link>",
					"<guid>http://localhost/articles/rogun-dam</guid>")
			.contains("<description>Another unit is online.</description>",
					"<pubDate>Fri, 05 Sep 2025 04:00:00 GMT</pubDate>")
			.contains("<category>Tajikistan</category>", "<category>Energy</category>",
					"<dc:creator>Daniel Hughes</dc:creator>");
	}

	@Test
	void namesASectionsFeedAfterTheSection() {
		TagView kazakhstan = new TagView(1, "kazakhstan", "Kazakhstan", null, TagKind.SECTION, true, 0, List.of());
		given(this.tags.findBySlug("kazakhstan")).willReturn(Optional.of(kazakhstan));
		given(this.articles.inSection(1L)).willReturn(List.of());

		assertThat(this.mvc.get().uri("/sections/kazakhstan/feed")).hasStatusOk()
			.bodyText()
			.contains("<title>Kazakhstan | Dastan</title>", "<link>http://localhost/sections/kazakhstan</link>",
					"<description>Section: Kazakhstan</description>")
			.doesNotContain("<item>");
	}

	@Test
	void answersAnUnknownAuthorsFeedWithNotFound() {
		given(this.authors.bySlug("nobody")).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/authors/nobody/feed")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
