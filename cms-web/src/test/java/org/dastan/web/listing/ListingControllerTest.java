package org.dastan.web.listing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.change.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.rate.Ticker;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRepository;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.NewsroomDates;
import org.dastan.web.media.MediaUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ListingController.class)
@Import({ CoreConfiguration.class, ContentCaches.class, MediaStorage.class, LayoutModel.class, NewsroomDates.class,
		MediaUrls.class, PageLinks.class })
class ListingControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PublishedArticles articles;

	@MockitoBean
	private TagRepository tags;

	@MockitoBean
	private AuthorRepository authors;

	@MockitoBean
	private Sidebar sidebar;

	@MockitoBean
	private MovedTags moved;

	@MockitoBean
	private Ticker ticker;

	@Test
	void cropsCardPicturesAroundTheirFocalPoint() {
		Tag energy = new Tag("energy", "Energy", TagKind.TOPIC);
		ReflectionTestUtils.setField(energy, "id", 41L);
		given(this.tags.findBySlug("energy")).willReturn(Optional.of(energy));
		ImageRef dam = new ImageRef("dam.jpg", "A dam", 1600, 900, List.of(800), new FocalPoint(0.3, 0.725));
		ImageRef yurts = new ImageRef("yurts.jpg", "Yurts", 1200, 800, List.of());
		given(this.articles.withTag(anyLong(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(card("rogun-dam", dam), card("song-kol", yurts)),
					call.getArgument(1, Pageable.class), 2));

		assertThat(this.mvc.get().uri("/tags/energy")).hasStatusOk()
			.bodyText()
			.containsPattern("<img class=\"img-fluid rounded mb-2\" src=\"/media/dam.jpg\"[^>]*\\s"
					+ "style=\"object-position: 30% 72.5%\"")
			.containsPattern("<img class=\"img-fluid rounded mb-2\" src=\"/media/yurts.jpg\"[^>]*\\s"
					+ "style=\"object-position: 50% 50%\"");
	}

	private static ArticleCard card(String slug, ImageRef image) {
		return new ArticleCard(1, slug, "Title of " + slug, null, null, Instant.parse("2026-01-09T06:00:00Z"), image);
	}

}
