package org.dastan.web.listing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.AuthorCard;
import org.dastan.core.author.AuthorPage;
import org.dastan.core.author.Authors;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.layout.NewsroomDates;
import org.dastan.web.media.MediaUrls;
import org.dastan.web.paging.PageNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(ListingController.class)
@Import({ CoreConfiguration.class, ContentCaches.class, MediaStorage.class, LayoutModel.class, SidebarModel.class,
		NewsroomDates.class, MediaUrls.class, PageLinks.class, MovedTags.class })
class ListingControllerTest {

	private static final TagView ENERGY = new TagView(4, "energy", "Energy", "Gas, hydropower and the grids.",
			TagKind.TOPIC, false, 0, List.of("power"));

	private static final TagView KAZAKHSTAN = new TagView(1, "kazakhstan", "Kazakhstan", null, TagKind.SECTION, true, 0,
			List.of("qazaqstan"));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PublishedArticles articles;

	@MockitoBean
	private TagService tags;

	@MockitoBean
	private PublishedPages pages;

	@MockitoBean
	private Authors authors;

	@MockitoBean
	private Sidebar sidebar;

	@MockitoBean
	private Ticker ticker;

	@Test
	void cropsCardPicturesAroundTheirFocalPoint() {
		given(this.tags.findBySlug("energy")).willReturn(Optional.of(ENERGY));
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

	@Test
	void showsAnAuthorsProfileAndTheirArticles() {
		ImageRef portrait = new ImageRef("aigerim.jpg", "Aigerim Bekova", 400, 400, List.of());
		given(this.authors.bySlug("aigerim-bekova")).willReturn(Optional.of(new AuthorPage(3,
				new AuthorCard("aigerim-bekova", "Aigerim Bekova", "Correspondent", "Covers Almaty.", portrait))));
		given(this.articles.byAuthor(eq(3L), any())).willAnswer(
				(call) -> new PageImpl<>(List.of(card("grain-exports", null)), call.getArgument(1, Pageable.class), 1));

		assertThat(this.mvc.get().uri("/authors/aigerim-bekova")).hasStatusOk()
			.bodyText()
			.contains("<h1>Aigerim Bekova</h1>", "Correspondent", "Covers Almaty.", "src=\"/media/aigerim.jpg\"")
			.contains("Articles by Aigerim Bekova", "href=\"/articles/grain-exports\"");
	}

	@Test
	void answersAnUnknownAuthorWithNotFound() {
		given(this.authors.bySlug("nobody")).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/authors/nobody")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void showsATagsOrASectionsNameAndDescriptionWithItsArticles() {
		given(this.tags.findBySlug("energy")).willReturn(Optional.of(ENERGY));
		given(this.tags.findBySlug("kazakhstan")).willReturn(Optional.of(KAZAKHSTAN));
		given(this.articles.withTag(anyLong(), any())).willAnswer(
				(call) -> new PageImpl<>(List.of(card("rogun-dam", null)), call.getArgument(1, Pageable.class), 1));
		given(this.articles.inSection(anyLong(), any())).willAnswer(
				(call) -> new PageImpl<>(List.of(card("song-kol", null)), call.getArgument(1, Pageable.class), 1));

		assertThat(this.mvc.get().uri("/tags/energy")).hasStatusOk()
			.bodyText()
			.contains("<h1>Energy</h1>", "Gas, hydropower and the grids.", "Title of rogun-dam");
		then(this.articles).should().withTag(4L, PageNumber.parse(null).toPageable());
		assertThat(this.mvc.get().uri("/sections/kazakhstan")).hasStatusOk()
			.bodyText()
			.contains("<h1>Kazakhstan</h1>", "Title of song-kol");
	}

	@Test
	void sendsAFormerSlugOnToTheCurrentOneForGood() {
		given(this.tags.findBySlug("power")).willReturn(Optional.of(ENERGY));
		given(this.tags.findBySlug("qazaqstan")).willReturn(Optional.of(KAZAKHSTAN));

		assertThat(this.mvc.get().uri("/tags/power?page=2")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/tags/energy?page=2");
		assertThat(this.mvc.get().uri("/sections/qazaqstan")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/sections/kazakhstan");
		then(this.articles).shouldHaveNoInteractions();
	}

	@Test
	void aTopicHasNoSectionPage() {
		given(this.tags.findBySlug("energy")).willReturn(Optional.of(ENERGY));

		assertThat(this.mvc.get().uri("/sections/energy")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/tags/unknown")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static ArticleCard card(String slug, ImageRef image) {
		return new ArticleCard(1, slug, "Title of " + slug, null, null, Instant.parse("2026-01-09T06:00:00Z"), image);
	}

}
