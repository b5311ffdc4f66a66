package org.dastan.web.home;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.article.SectionBlock;
import org.dastan.core.media.ImageRef;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.sidebar.SidebarBlock;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.tag.TagRef;
import org.dastan.web.PublicPageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@PublicPageTest(HomeController.class)
class HomeControllerTest {

	private static final TagRef KAZAKHSTAN = new TagRef(2, "kazakhstan", "Kazakhstan");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Sidebar sidebar;

	@MockitoBean
	private PublishedArticles articles;

	@Test
	void opensWithTheLeadStoryThenTheLatestAndASectionBlock() {
		given(this.articles.latest(PageRequest.of(0, 12))).willReturn(new PageImpl<>(
				List.of(card("rogun-dam", "Rogun dam reaches a milestone"), card("record-harvest", "A record harvest")),
				PageRequest.of(0, 12), 30));
		given(this.articles.latestBySection(3)).willReturn(
				List.of(new SectionBlock(KAZAKHSTAN, List.of(card("astana-metro", "Astana opens its light rail")))));
		given(this.sidebar.blocksFor(Placement.HOME)).willReturn(List.of(new SidebarBlock(WidgetType.CUSTOM_TEXT,
				"About us", List.of(), List.of(), List.of(), "<p>We cover the region.</p>", null, null, null)));

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<title>Latest news | Dastan</title>", "<h1 class=\"visually-hidden\">Latest news</h1>")
			// The newest story leads, under a bigger heading than the rest.
			.containsPattern("(?s)<div class=\"lead-story[^>]*>.*?<h2 class=\"h4 card-title\">"
					+ "<a class=\"text-reset\" href=\"/articles/rogun-dam\">Rogun dam reaches a milestone</a></h2>")
			.contains("<h3 class=\"h5 card-title\"><a class=\"text-reset\" href=\"/articles/record-harvest\">"
					+ "A record harvest</a></h3>")
			.containsPattern("(?s)<section class=\"section-block[^>]*>\\s*<h2 class=\"h4\"><a class=\"text-reset\" "
					+ "href=\"/sections/kazakhstan\">Kazakhstan</a></h2>.*?href=\"/articles/astana-metro\"")
			.contains("Page 1 of 3", "<a class=\"page-link\" rel=\"next\" href=\"?page=2\">Older</a>")
			.contains("We cover the region.");
	}

	@Test
	void showsOnlyTheLatestOnLaterPages() {
		given(this.articles.latest(PageRequest.of(1, 12)))
			.willReturn(new PageImpl<>(List.of(card("older-story", "An older story")), PageRequest.of(1, 12), 13));

		assertThat(this.mvc.get().uri("/?page=2")).hasStatusOk()
			.bodyText()
			.contains("<title>Latest news, page 2 | Dastan</title>")
			.contains("<h3 class=\"h5 card-title\"><a class=\"text-reset\" href=\"/articles/older-story\">")
			.contains("Page 2 of 2", "<a class=\"page-link\" rel=\"prev\" href=\"?page=1\">Newer</a>")
			.doesNotContain("lead-story", "section-block", "rel=\"next\"");
		then(this.articles).should(never()).latestBySection(anyInt());
	}

	@Test
	void loadsTheLeadPictureFirstAtTheWidthOfItsColumnAndTheOthersWhenScrolledNear() {
		given(this.articles.latest(PageRequest.of(0, 12)))
			.willReturn(new PageImpl<>(List.of(card("rogun-dam", "Rogun dam", "dam.jpg"),
					card("record-harvest", "A record harvest", "wheat.jpg")), PageRequest.of(0, 12), 2));

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.containsPattern("(?s)<div class=\"lead-story[^>]*>\\s*<article[^>]*>\\s*<a[^>]*>\\s*<img [^>]*"
					+ "src=\"/media/dam.jpg\" srcset=\"/media/dam-480.jpg 480w, /media/dam-800.jpg 800w, "
					+ "/media/dam.jpg 1200w\" sizes=\"\\(min-width: 1400px\\) 848px, [^\"]*calc\\(100vw - 24px\\)\""
					+ "[^>]*loading=\"eager\" fetchpriority=\"high\">")
			.containsPattern("<img [^>]*src=\"/media/wheat.jpg\"[^>]*sizes=\"\\(min-width: 992px\\) 400px, 100vw\""
					+ "[^>]*loading=\"lazy\">");
	}

	private static ArticleCard card(String slug, String title) {
		return card(slug, title, null);
	}

	private static ArticleCard card(String slug, String title, String picture) {
		ImageRef image = (picture != null) ? new ImageRef(picture, "A picture", 1200, 675, List.of(480, 800)) : null;
		return new ArticleCard(1, slug, title, null, KAZAKHSTAN, Instant.parse("2026-01-09T06:00:00Z"), image);
	}

}
