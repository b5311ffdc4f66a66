package org.dastan.web.media;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.FocalPoint.Region;
import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.tag.TagService;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.NewsroomDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebMvcTest(OpenGraphImageController.class)
@Import({ CoreConfiguration.class, ContentCaches.class, LayoutModel.class, NewsroomDates.class, MediaUrls.class })
class OpenGraphImageControllerTest {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MediaLibrary library;

	@MockitoBean
	private MediaStorage storage;

	@MockitoBean
	private Ticker ticker;

	@MockitoBean
	private TagService tags;

	@MockitoBean
	private PublishedPages pages;

	@Test
	void cutsTheSocialCardAroundTheFocalPoint() throws Exception {
		ImageRef tall = new ImageRef("tall.jpg", "A tower", 1000, 2000, List.of(), new FocalPoint(0.5, 0.25));
		given(this.library.findImages(List.of("tall.jpg"))).willReturn(Map.of("tall.jpg", tall));
		// 1000 wide keeps 525 rows of 2000, centred on row 500.
		given(this.storage.crop("tall.jpg", new Region(0, 238, 1000, 525), 1000, 525)).willReturn(JPEG);

		assertThat(this.mvc.get().uri("/media/og/tall.jpg?focus=50,25")).hasStatusOk()
			.hasContentType("image/jpeg")
			.hasHeader("Cache-Control", "max-age=86400, public")
			.body()
			.isEqualTo(JPEG);
		assertThat(new MediaUrls().openGraph(tall).path()).isEqualTo("/media/og/tall.jpg?focus=50,25");
	}

	@Test
	void answersAnUnknownPictureWithNotFound() {
		given(this.library.findImages(any())).willReturn(Map.of());
		assertThat(this.mvc.get().uri("/media/og/gone.jpg")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
