package org.dastan.web.listing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.Author;
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
import static org.mockito.ArgumentMatchers.eq;
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
		given(this.tags.findBySlug("energy")).willReturn(Optional.of(energy));
		ImageRef dam = new ImageRef("dam.jpg", "A dam", 1600, 900, List.of(800), new FocalPoint(0.3, 0.725));
		ImageRef yurts = new ImageRef("yurts.jpg", "Yurts", 1200, 800, List.of());
		given(this.articles.withTag(any(), any()))
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
	void showsASectionsArticlesUnderItsNameAndDescription() {
		Tag kazakhstan = new Tag("kazakhstan", "Kazakhstan", TagKind.SECTION);
		kazakhstan.setDescription("News from the steppe and its cities.");
		given(this.tags.findBySlug("kazakhstan")).willReturn(Optional.of(kazakhstan));
		given(this.articles.inSection(eq(kazakhstan), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(card("record-harvest", null)),
					call.getArgument(1, Pageable.class), 13));

		assertThat(this.mvc.get().uri("/sections/kazakhstan")).hasStatusOk()
			.bodyText()
			.contains("<title>Kazakhstan | Dastan</title>",
					"<meta name=\"description\" content=\"News from the steppe and its cities.\">")
			.contains("<h1>Kazakhstan</h1>", "<p class=\"lead\">News from the steppe and its cities.</p>")
			.contains("<h2 class=\"h4 card-title\"><a class=\"text-reset\" href=\"/articles/record-harvest\">"
					+ "Title of record-harvest</a></h2>")
			.contains("Page 1 of 2", "href=\"?page=2\"");
	}

	@Test
	void saysSoWhenATagHasNothingPublishedYet() {
		Tag energy = new Tag("energy", "Energy", TagKind.TOPIC);
		given(this.tags.findBySlug("energy")).willReturn(Optional.of(energy));
		given(this.articles.withTag(any(), any())).willReturn(Page.empty());

		assertThat(this.mvc.get().uri("/tags/energy")).hasStatusOk()
			.bodyText()
			.contains("<h1>Energy</h1>", "Nothing has been published here yet.")
			.doesNotContain("Page 1 of");
	}

	@Test
	void showsAnAuthorsProfileAboveTheirArticles() {
		Author daniel = new Author("daniel-hughes", "Daniel Hughes");
		daniel.setJobTitle("Regional editor");
		daniel.setBio("Covers energy and water across the region.");
		given(this.authors.findWithPhotoBySlug("daniel-hughes")).willReturn(Optional.of(daniel));
		given(this.articles.byAuthor(eq(daniel), any())).willAnswer(
				(call) -> new PageImpl<>(List.of(card("rogun-dam", null)), call.getArgument(1, Pageable.class), 1));

		assertThat(this.mvc.get().uri("/authors/daniel-hughes")).hasStatusOk()
			.bodyText()
			.contains("<title>Daniel Hughes | Dastan</title>", "<h1>Daniel Hughes</h1>")
			.contains("Regional editor", "Covers energy and water across the region.")
			.contains("<h2 class=\"h4 border-bottom pb-1\">Articles by Daniel Hughes</h2>")
			.contains("<h3 class=\"h5 card-title\"><a class=\"text-reset\" href=\"/articles/rogun-dam\">");
	}

	@Test
	void answersAnUnknownAuthorWithTheFriendlyNotFoundPage() {
		given(this.authors.findWithPhotoBySlug("nobody")).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/authors/nobody")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Page not found");
	}

	private static ArticleCard card(String slug, ImageRef image) {
		return new ArticleCard(1, slug, "Title of " + slug, null, null, Instant.parse("2026-01-09T06:00:00Z"), image);
	}

}
