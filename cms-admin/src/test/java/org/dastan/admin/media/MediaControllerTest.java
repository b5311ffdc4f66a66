package org.dastan.admin.media;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.admin.navigation.AdminNavigation;
import org.dastan.admin.security.AdminSecurityTestConfiguration;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.DescribeImage;
import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.ImageUpload;
import org.dastan.core.media.MediaBusyException;
import org.dastan.core.media.MediaDescription;
import org.dastan.core.media.MediaInUseException;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaProperties;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.media.MediaView;
import org.dastan.core.media.RejectedImageException;
import org.dastan.core.media.RejectedImageException.Reason;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.tag.TagService;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.NewsroomDates;
import org.dastan.web.media.MediaUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = { MediaController.class, MediaPickerController.class, InlineUploadController.class },
		properties = "dastan.media.max-upload-size=1KB")
@Import({ AdminSecurityTestConfiguration.class, MediaControllerTest.Beans.class })
class MediaControllerTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	// The picker's items and the inline upload's answer: all the body editor needs for a
	// <figure>.
	private static final String DAM_JSON = """
			{"id": 7, "url": "/media/dam.jpg", "width": 1200, "height": 675,
			 "srcset": "/media/dam-480.jpg 480w, /media/dam-800.jpg 800w, /media/dam.jpg 1200w",
			 "sizes": "(min-width: 992px) 800px, 100vw",
			 "alt": "A dam between mountains", "caption": "The Rogun dam", "credit": "@depositphotos"}""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MediaProperties limits;

	@MockitoBean
	private MediaLibrary library;

	@MockitoBean
	private Ticker ticker;

	@MockitoBean
	private TagService tags;

	@MockitoBean
	private PublishedPages pages;

	private final MediaView dam = media(FocalPoint.CENTRE);

	@BeforeEach
	void library() {
		given(this.library.limits()).willReturn(this.limits);
		given(this.library.search(anyString(), any(Pageable.class)))
			.willAnswer((call) -> new PageImpl<>(List.of(this.dam), call.getArgument(1), 25));
		given(this.library.view(7L)).willReturn(Optional.of(this.dam));
	}

	@Test
	void sendsAnonymousVisitorsToTheLogin() {
		assertLogin(this.mvc.get().uri("/admin/media").exchange());
		assertLogin(this.mvc.get().uri("/admin/media/7").exchange());
		assertLogin(this.mvc.get().uri("/admin/media/picker").exchange());
		assertLogin(this.mvc.post().uri("/admin/media").multipart().file(file(PNG)).with(csrf()).exchange());
		assertLogin(this.mvc.post()
			.uri("/admin/media/inline")
			.multipart()
			.file(file(PNG))
			.param("alt", "A")
			.with(csrf().asHeader())
			.exchange());
		assertLogin(this.mvc.post().uri("/admin/media/7/edit").param("altText", "x").with(csrf()).exchange());
		assertLogin(this.mvc.post().uri("/admin/media/7/delete").with(csrf()).exchange());
		then(this.library).should(never()).upload(any());
		then(this.library).should(never()).delete(anyLong());
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void showsAuthorsTheLibraryWithSearchAndPages() {
		var page = this.mvc.get().uri("/admin/media").param("q", " dam ").param("page", "2").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Media library")
			.contains("src=\"/media/dam-480.jpg\"", "alt=\"A dam between mountains\"")
			.contains("href=\"/admin/media/7\"")
			.contains("value=\"dam\"")
			.contains("Images: 25", "Page 2 of 2")
			.contains("href=\"/admin/media?q=dam&amp;page=1\"")
			.contains("up to 1 KB")
			.contains("href=\"/admin/media\">Media</a>");
		then(this.library).should().search("dam", PageRequest.of(1, LibraryPage.PAGE_SIZE));
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void readsAMistypedPageNumberAsTheFirstPage() {
		assertThat(this.mvc.get().uri("/admin/media").param("page", "two")).hasStatusOk();
		then(this.library).should().search("", PageRequest.of(0, LibraryPage.PAGE_SIZE));
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void uploadsAnImageWithItsTexts() {
		given(this.library.upload(any())).willReturn(this.dam);
		var result = uploadYurts();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/media");
		assertThat(result).flash().containsEntry("flash", "admin.media.uploaded");
		assertUploadedYurts();
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void keepsCaptionAndCreditWhenTheAltTextIsMissing() {
		var result = this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(file(PNG))
			.param("altText", "  ")
			.param("caption", "Song-Kol in autumn")
			.param("credit", "@dastan-photo")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"altText-error\"")
			.contains("Describe the picture: alt text is required.")
			.contains(">Song-Kol in autumn</textarea>")
			.contains("value=\"@dastan-photo\"")
			.contains("Choose the file again");
		then(this.library).should(never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void saysNextToTheFileFieldThatAFileIsTooLarge() {
		var result = this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(file(new byte[1025]))
			.param("altText", "A big picture")
			.param("caption", "Kept caption")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("<div class=\"invalid-feedback\" id=\"file-error\">The file is larger than 1 KB.</div>")
			.contains("value=\"A big picture\"")
			.contains(">Kept caption</textarea>");
		then(this.library).should(never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void saysWhyAnUploadTheServerDidNotReadCameBack() {
		assertThat(this.mvc.get().uri("/admin/media?rejected=too-large")).hasStatusOk()
			.bodyText()
			.contains("<div class=\"invalid-feedback\" id=\"file-error\">The file is larger than 1 KB.</div>")
			.contains("aria-describedby=\"file-error file-help\"");
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void explainsWhyAFileWasRefused() {
		assertRefusal(Reason.EMPTY, "Choose an image file to upload.");
		assertRefusal(Reason.UNSUPPORTED_FORMAT, "This file is not a JPEG, PNG, GIF or WebP image.");
		assertRefusal(Reason.TOO_MANY_PIXELS, "The picture has too many pixels: at most 40 megapixels.");
		assertRefusal(Reason.DAMAGED, "The file could not be read whole");
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void asksToRetryWhenTheServerIsBusyDecodingOtherImages() {
		willThrow(new MediaBusyException(36_000_000)).given(this.library).upload(any());
		var result = uploadYurts();
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(result).bodyText()
			.contains("<div class=\"invalid-feedback\" id=\"file-error\">The server is busy processing other images. "
					+ "Try again in a moment.</div>")
			.contains("value=\"Yurts by a lake\"", ">Song-Kol</textarea>", "value=\"@dastan\"");
		assertThat(inline(file(PNG), "Yurts", null).header("Accept-Language", "ru").with(csrf().asHeader()))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"field": "file", "message": "Сервер занят обработкой других изображений. Попробуйте ещё раз через несколько секунд."}""");
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void refusesAnUploadWithoutAFile() {
		var result = this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.param("altText", "Nothing")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Choose an image file to upload.");
		then(this.library).should(never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void showsAuthorsAnImageWithoutTheFormsToChangeIt() {
		var page = this.mvc.get().uri("/admin/media/7").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("A dam between mountains", "The Rogun dam", "@depositphotos", "rogun.JPG")
			.contains("srcset=\"/media/dam-480.jpg 480w, /media/dam-800.jpg 800w, /media/dam.jpg 1200w\"")
			.contains("1200 × 675", "480, 800", "240 KB", "JPEG")
			.doesNotContain("/admin/media/7/edit")
			.doesNotContain("/admin/media/7/delete");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsEditorsTheFormsToChangeAndDelete() {
		assertThat(this.mvc.get().uri("/admin/media/7")).hasStatusOk()
			.bodyText()
			.contains("action=\"/admin/media/7/edit\"", "action=\"/admin/media/7/delete\"")
			.contains("name=\"version\" value=\"3\"");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsAdminsTheFormsThroughTheRoleHierarchy() {
		assertThat(this.mvc.get().uri("/admin/media/7")).hasStatusOk()
			.bodyText()
			.contains("action=\"/admin/media/7/edit\"");
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void answersAnUnknownImageWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/media/8")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsToEditOrDelete() {
		assertThat(
				this.mvc.post().uri("/admin/media/7/edit").param("altText", "Mine").param("version", "3").with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/media/7/delete").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		then(this.library).should(never()).describe(any());
		then(this.library).should(never()).delete(anyLong());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesChangesWithoutTheCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/media").multipart().file(file(PNG)).param("altText", "A"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/media/7/edit").param("altText", "Mine").param("version", "3"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/media/7/delete")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.library).should(never()).upload(any());
		then(this.library).should(never()).describe(any());
		then(this.library).should(never()).delete(anyLong());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void savesAnEditorsTexts() {
		given(this.library.describe(any())).willReturn(Optional.of(this.dam));
		var result = this.mvc.post()
			.uri("/admin/media/7/edit")
			.param("altText", "The Rogun dam at dusk")
			.param("caption", "")
			.param("credit", "@dastan")
			.param("focalX", "30")
			.param("focalY", "72.5")
			.param("version", "3")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/media/7");
		assertThat(result).flash().containsEntry("flash", "admin.media.saved");
		then(this.library).should()
			.describe(new DescribeImage(7L, 3L, new MediaDescription("The Rogun dam at dusk", "", "@dastan"),
					new FocalPoint(0.3, 0.725)));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsTheEditorsTextWhenTheAltTextIsMissing() {
		var result = this.mvc.post()
			.uri("/admin/media/7/edit")
			.param("altText", "")
			.param("caption", "My new caption")
			.param("credit", "@mine")
			.param("focalX", "50")
			.param("focalY", "50")
			.param("version", "3")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Describe the picture: alt text is required.")
			.contains(">My new caption</textarea>", "value=\"@mine\"");
		then(this.library).should(never()).describe(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsTheEditorsTextWhenSomeoneElseSavedFirst() {
		willThrow(new OptimisticLockingFailureException("stale")).given(this.library)
			.describe(argThat((command) -> command.id() == 7L && command.openedVersion() == 2L));
		var result = this.mvc.post()
			.uri("/admin/media/7/edit")
			.param("altText", "My alt text")
			.param("caption", "My caption")
			.param("focalX", "50")
			.param("focalY", "50")
			.param("version", "2")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Someone else changed this image while you were editing.")
			.contains("value=\"My alt text\"", ">My caption</textarea>")
			.contains("The Rogun dam")
			.contains("name=\"version\" value=\"3\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsEditorsTheFocalPointAsMarkerAndLabelledInputs() {
		given(this.library.view(7L)).willReturn(Optional.of(media(new FocalPoint(0.25, 0.8))));
		assertThat(this.mvc.get().uri("/admin/media/7")).hasStatusOk()
			.bodyText()
			.contains("style=\"left: 25.0%; top: 80.0%\"")
			.contains("<label class=\"form-label\" for=\"focalX\">Horizontal %</label>")
			.contains("<label class=\"form-label\" for=\"focalY\">Vertical %</label>")
			.contains("id=\"focalX\" name=\"focalX\" value=\"25.0\"", "id=\"focalY\" name=\"focalY\" value=\"80.0\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesAFocalPointOutsideThePicture() {
		var result = this.mvc.post()
			.uri("/admin/media/7/edit")
			.param("altText", "The Rogun dam")
			.param("focalX", "120")
			.param("focalY", "")
			.param("version", "3")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("<div class=\"invalid-feedback\" id=\"focalX-error\">A percentage from 0 to 100.</div>")
			.contains("<div class=\"invalid-feedback\" id=\"focalY-error\">A percentage from 0 to 100.</div>")
			.contains("value=\"120.0\"");
		then(this.library).should(never()).describe(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void deletesAnImageAndReturnsToTheLibrary() {
		var result = this.mvc.post().uri("/admin/media/7/delete").with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/media");
		assertThat(result).flash().containsEntry("flash", "admin.media.deleted");
		then(this.library).should().delete(7L);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesToDeleteAnImageInUseAndSaysWhere() {
		willThrow(new MediaInUseException(List.of("Rogun dam opens"), List.of("Aigerim Sadykova"))).given(this.library)
			.delete(7L);
		var result = this.mvc.post().uri("/admin/media/7/delete").with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyText()
			.contains("This image cannot be deleted while pages show it.")
			.contains("<li>Rogun dam opens</li>", "<li>Aigerim Sadykova</li>");
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void givesTheArticleEditorImagesAsJson() {
		var result = this.mvc.get().uri("/admin/media/picker").param("q", "dam").param("page", "3").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isLenientlyEqualTo("[" + DAM_JSON + "]");
		assertThat(result).bodyJson().extractingPath("$[0].thumbnail").isEqualTo("/media/dam-480.jpg");
		then(this.library).should().search("dam", PageRequest.of(2, LibraryPage.PAGE_SIZE));
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void uploadsAnImageDroppedIntoTheTextAndAnswersWithItsFigure() {
		given(this.library.upload(any())).willReturn(this.dam);
		var result = inline(file(PNG), "Yurts by a lake", "Song-Kol").param("credit", "@dastan")
			.with(csrf().asHeader())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED).headers().hasValue("Location", "/admin/media/7");
		assertThat(result).bodyJson().isLenientlyEqualTo(DAM_JSON);
		assertUploadedYurts();
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void refusesAnInlineUploadWithoutAltTextNamingTheField() {
		assertThat(inline(file(PNG), " ", "Song-Kol").with(csrf().asHeader())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"field": "alt", "message": "Describe the picture: alt text is required."}""");
		assertThat(inline(file(PNG), null, null).header("Accept-Language", "ru").with(csrf().asHeader()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"field": "alt", "message": "Опишите изображение: альтернативный текст обязателен."}""");
		assertThat(inline(file(PNG), "Alt", "x".repeat(501)).with(csrf().asHeader())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"field": "caption", "message": "At most 500 characters."}""");
		then(this.library).should(never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void refusesInlineFilesTheLibraryWouldRefuse() {
		assertThat(inline(file(new byte[1025]), "A big picture", null).with(csrf().asHeader()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"field": "file", "message": "The file is larger than 1 KB."}""");
		assertThat(inline(null, "Nothing", null).with(csrf().asHeader())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"field": "file", "message": "Choose an image file to upload."}""");
		then(this.library).should(never()).upload(any());
		willThrow(new RejectedImageException(Reason.UNSUPPORTED_FORMAT)).given(this.library).upload(any());
		assertThat(inline(file(PNG), "A letter", null).header("Accept-Language", "ru").with(csrf().asHeader()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"field": "file", "message": "Это не изображение JPEG, PNG, GIF или WebP. Другие файлы, в том числе SVG, загрузить нельзя."}""");
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void refusesAnInlineUploadWithoutTheCsrfHeader() {
		assertThat(inline(file(PNG), "Yurts", null)).hasStatus(HttpStatus.FORBIDDEN);
		then(this.library).should(never()).upload(any());
	}

	private MockMvcTester.MockMultipartMvcRequestBuilder inline(MockMultipartFile file, String alt, String caption) {
		var request = this.mvc.post().uri("/admin/media/inline").multipart();
		if (file != null) {
			request.file(file);
		}
		if (alt != null) {
			request.param("alt", alt);
		}
		if (caption != null) {
			request.param("caption", caption);
		}
		return request;
	}

	private MvcTestResult uploadYurts() {
		return this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(file(PNG))
			.param("altText", "Yurts by a lake")
			.param("caption", "Song-Kol")
			.param("credit", "@dastan")
			.with(csrf())
			.exchange();
	}

	private void assertUploadedYurts() {
		ArgumentCaptor<ImageUpload> upload = ArgumentCaptor.forClass(ImageUpload.class);
		then(this.library).should().upload(upload.capture());
		assertThat(upload.getValue().bytes()).isEqualTo(PNG);
		assertThat(upload.getValue().originalName()).isEqualTo("yurts.png");
		assertThat(upload.getValue().description())
			.isEqualTo(new MediaDescription("Yurts by a lake", "Song-Kol", "@dastan"));
	}

	private void assertRefusal(Reason reason, String message) {
		willThrow(new RejectedImageException(reason)).given(this.library).upload(any());
		var result = this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(file(PNG))
			.param("altText", "Alt")
			.param("credit", "Credit kept")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains(message).contains("value=\"Credit kept\"");
	}

	private static void assertLogin(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
	}

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "yurts.png", "image/png", bytes);
	}

	private static MediaView media(FocalPoint focus) {
		return new MediaView(7L, "dam.jpg", "image/jpeg", 240 * 1024, 1200, 675, "A dam between mountains",
				"The Rogun dam", "@depositphotos", "rogun.JPG", List.of(480, 800), focus,
				Instant.parse("2026-01-10T06:00:00Z"), 3L);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MediaProperties.class)
	@Import({ LibraryPage.class, ImageUploads.class, MediaNavigation.class, AdminNavigation.class, MediaUrls.class,
			NewsroomDates.class, CoreConfiguration.class, ContentCaches.class, LayoutModel.class, MediaStorage.class })
	static class Beans {

	}

}
