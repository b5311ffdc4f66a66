package org.dastan.core.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.RejectedImageException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Uploads end to end: bytes in, re-encoded files and a saved entry out. Tests commit, so
 * that files are removed only after a delete is committed, as in the running CMS.
 */
@DataJpaTest(properties = "dastan.media.max-upload-size=300KB")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ MediaLibrary.class, MediaStorage.class, DecodingBudget.class, CoreConfiguration.class })
class MediaLibraryTest {

	@TempDir
	static Path mediaDir;

	@Autowired
	private MediaLibrary library;

	@Autowired
	private MediaStorage storage;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private AuthorRepository authors;

	@DynamicPropertySource
	static void mediaDir(DynamicPropertyRegistry properties) {
		properties.add("dastan.media-dir", () -> mediaDir.toString());
	}

	@Test
	void storesATransparentPngAsPngUnderANameTheServerChooses() throws IOException {
		Media media = upload(TestImages.write(TestImages.withHole(640, 480), "png"), "../../etc/Logo.png");
		assertThat(media.getContentType()).isEqualTo("image/png");
		assertThat(media.getFileName()).matches("[0-9a-f-]{36}\\.png").doesNotContain("Logo");
		assertThat(media.getOriginalName()).isEqualTo("Logo.png");
		BufferedImage stored = ImageIO.read(file(media.getFileName()).toFile());
		assertThat(stored.getRGB(2, 2) >>> 24).isZero();
		assertThat(media.getSizeBytes()).isEqualTo(Files.size(file(media.getFileName())));
	}

	@Test
	void stripsExifAndGpsFromJpegsAndTheirVariants() throws IOException {
		byte[] photo = TestImages.jpegWithExif(TestImages.halves(1000, 600, BufferedImage.TYPE_INT_RGB), 1);
		assertThat(contains(photo, "Exif")).isTrue();
		assertThat(contains(photo, TestImages.CAMERA)).isTrue();

		Media media = upload(photo, "IMG_0001.JPG");
		assertThat(media.getContentType()).isEqualTo("image/jpeg");
		for (String name : storedFiles(media)) {
			byte[] stored = Files.readAllBytes(file(name));
			assertThat(contains(stored, "Exif")).as(name).isFalse();
			assertThat(contains(stored, TestImages.CAMERA)).as(name).isFalse();
			assertThat(segments(stored)).as(name).doesNotContain(0xE1);
		}
	}

	@Test
	void reencodesWebpAndGifUploads() {
		Media webp = upload(TestImages.webp(64, 48, 0xFF336699), "photo.webp");
		assertThat(webp.getContentType()).isEqualTo("image/jpeg");
		assertThat(webp.getFileName()).endsWith(".jpg");
		Media gif = upload(TestImages.write(TestImages.halves(64, 48, BufferedImage.TYPE_INT_RGB), "gif"), "map.gif");
		assertThat(gif.getContentType()).isEqualTo("image/jpeg");
		assertThat(file(gif.getFileName())).exists();
	}

	@Test
	void storesVariantsAtTheWidthsPublicPagesUse() throws IOException {
		Media media = upload(TestImages.write(TestImages.halves(1000, 500, BufferedImage.TYPE_INT_RGB), "png"),
				"wide.png");
		assertThat(media.getVariantWidths()).containsExactly(480, 800);
		for (int width : media.getVariantWidths()) {
			BufferedImage variant = ImageIO.read(file(MediaStorage.variantName(media.getFileName(), width)).toFile());
			assertThat(variant.getWidth()).isEqualTo(width);
			assertThat(variant.getHeight()).isEqualTo(width / 2);
		}
		assertThat(file(MediaStorage.variantName(media.getFileName(), 1200))).doesNotExist();
	}

	@Test
	void refusesFilesOverTheSizeLimitAndStoresNothing() throws IOException {
		long filesBefore = fileCount();
		assertThatExceptionOfType(RejectedImageException.class)
			.isThrownBy(() -> upload(new byte[300 * 1024 + 1], "big.jpg"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThatExceptionOfType(RejectedImageException.class)
			.isThrownBy(() -> upload("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "cat.jpg"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
		assertThat(fileCount()).isEqualTo(filesBefore);
	}

	@Test
	void findsImagesByAnyOfTheirTextsIgnoringCase() {
		Media alt = upload(small(), "a.png", new MediaDescription("Yurts near Lake Song-Kol", null, null));
		Media caption = upload(small(), "b.png", new MediaDescription("Lake", "SONG-KOL in autumn", null));
		Media credit = upload(small(), "c.png", new MediaDescription("Shore", null, "@song-kol-photos"));
		Media name = upload(small(), "Song-Kol_shore.png", new MediaDescription("Shore", null, null));
		Media russian = upload(small(), "d.png", new MediaDescription("Озеро Сон-Куль", null, null));
		upload(small(), "e.png", new MediaDescription("Issyk-Kul", null, null));

		assertThat(ids(this.library.search("song-kol", PageRequest.of(0, 10)))).containsExactly(name.getId(),
				credit.getId(), caption.getId(), alt.getId());
		assertThat(ids(this.library.search("  сон-КУЛЬ ", PageRequest.of(0, 10)))).containsExactly(russian.getId());
		assertThat(ids(this.library.search(name.getFileName().substring(0, 8), PageRequest.of(0, 10))))
			.containsExactly(name.getId());
	}

	@Test
	void treatsWildcardsInTheQueryAsText() {
		Media percent = upload(small(), "p.png",
				new MediaDescription("Inflation at 100% in wildcard-test", null, null));
		upload(small(), "q.png", new MediaDescription("Inflation at 100 in wildcard-test", null, null));
		assertThat(ids(this.library.search("100%", PageRequest.of(0, 10)))).containsExactly(percent.getId());
		assertThat(ids(this.library.search("wildcard_test", PageRequest.of(0, 10)))).isEmpty();
	}

	@Test
	void pagesThroughResultsNewestFirst() {
		List<Long> uploaded = List.of(upload(small(), "1.png", new MediaDescription("pager one", null, null)).getId(),
				upload(small(), "2.png", new MediaDescription("pager two", null, null)).getId(),
				upload(small(), "3.png", new MediaDescription("pager three", null, null)).getId());
		Page<Media> first = this.library.search("pager", PageRequest.of(0, 2));
		Page<Media> second = this.library.search("pager", PageRequest.of(1, 2));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(ids(first)).containsExactly(uploaded.get(2), uploaded.get(1));
		assertThat(ids(second)).containsExactly(uploaded.get(0));
	}

	@Test
	void changesTheTextsAndFocalPointButNotAfterSomeoneElseDid() {
		Media media = upload(small(), "x.png", new MediaDescription("Old alt", "Old caption", "Old credit"));
		assertThat(media.getFocalPoint()).isEqualTo(FocalPoint.CENTRE);
		FocalPoint face = new FocalPoint(0.3, 0.25);
		Media changed = this.library
			.describe(media.getId(), media.getVersion(), new MediaDescription(" New alt ", "  ", "New credit"), face)
			.orElseThrow();
		assertThat(changed.getAltText()).isEqualTo("New alt");
		assertThat(changed.getCaption()).isNull();
		assertThat(changed.getCredit()).isEqualTo("New credit");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.library.describe(media.getId(), media.getVersion(),
					new MediaDescription("Stale alt", null, null), FocalPoint.CENTRE));
		Media stored = this.library.find(media.getId()).orElseThrow();
		assertThat(stored.getAltText()).isEqualTo("New alt");
		assertThat(stored.getFocalPoint()).isEqualTo(face);
		assertThat(this.library.describe(-1, 0, new MediaDescription("Gone", null, null), face)).isEmpty();
	}

	@Test
	void cutsAPictureAroundItsFocalPointWithoutBlowingItUp() throws Exception {
		// Red on the left, blue on the right.
		Media media = upload(TestImages.write(TestImages.halves(1600, 600, BufferedImage.TYPE_INT_RGB), "png"),
				"x.png");
		FocalPoint right = new FocalPoint(0.9, 0.5);
		byte[] jpeg = this.storage.crop(media.getFileName(), right.crop(1600, 600, 1200, 630), 1200, 630);
		BufferedImage cut = ImageIO.read(new ByteArrayInputStream(jpeg));
		assertThat(cut.getWidth()).isEqualTo(1143);
		assertThat(cut.getHeight()).isEqualTo(600);
		// The cut starts at x = 457 (as far right as it goes): its column 400 is the blue
		// half's, which a centred cut (from x = 228) would show red.
		assertThat(new Color(cut.getRGB(400, 300)).getBlue()).isGreaterThan(200);
		assertThat(new Color(cut.getRGB(300, 300)).getRed()).isGreaterThan(200);
		assertThatExceptionOfType(NoSuchFileException.class)
			.isThrownBy(() -> this.storage.crop("../x.png", right.crop(10, 10, 1, 1), 10, 10));
	}

	@Test
	void findsTheImagesOfFileNamesInOneGo() {
		Media media = upload(small(), "x.png", new MediaDescription("Found", null, null));
		assertThat(this.library.findImages(List.of(media.getFileName(), "unknown.jpg")))
			.containsOnly(entry(media.getFileName(), ImageRef.of(media)));
		assertThat(this.library.findImages(List.of())).isEmpty();
	}

	@Test
	void deletesAnUnusedImageWithItsFiles() {
		Media media = upload(TestImages.write(TestImages.halves(900, 600, BufferedImage.TYPE_INT_RGB), "png"), "x.png");
		List<String> files = storedFiles(media);
		assertThat(files).hasSize(3).allSatisfy((name) -> assertThat(file(name)).exists());
		this.library.delete(media.getId());
		assertThat(this.library.find(media.getId())).isEmpty();
		assertThat(files).allSatisfy((name) -> assertThat(file(name)).doesNotExist());
	}

	@Test
	void refusesToDeleteAnImageThatPagesShow() {
		Media featured = upload(small(), "f.png");
		Media inline = upload(small(), "i.png");
		Media photo = upload(small(), "p.png");
		Article article = new Article("delete-test-featured", "Dam opens");
		article.illustrate(featured, null, null);
		this.articles.save(article);
		Article body = new Article("delete-test-inline", "Harvest report");
		String variant = MediaStorage.variantName(inline.getFileName(), 480);
		body.writeBody(new HtmlSanitizer().sanitize("<p><img src=\"/media/" + variant + "\" alt=\"Wheat\"></p>"));
		this.articles.save(body);
		Author author = new Author("delete-test-author", "Aigerim Sadykova");
		author.setPhoto(photo);
		this.authors.save(author);

		assertInUse(featured, List.of("Dam opens"), List.of());
		assertInUse(inline, List.of("Harvest report"), List.of());
		assertInUse(photo, List.of(), List.of("Aigerim Sadykova"));
		assertThat(file(featured.getFileName())).exists();
	}

	private void assertInUse(Media media, List<String> articles, List<String> authors) {
		assertThatExceptionOfType(MediaInUseException.class).isThrownBy(() -> this.library.delete(media.getId()))
			.satisfies((ex) -> {
				assertThat(ex.articles()).isEqualTo(articles);
				assertThat(ex.authors()).isEqualTo(authors);
			});
		assertThat(this.library.find(media.getId())).isPresent();
	}

	private Media upload(byte[] bytes, String name) {
		return upload(bytes, name, new MediaDescription("A picture", "A caption", "@dastan"));
	}

	private Media upload(byte[] bytes, String name, MediaDescription description) {
		return this.library.upload(new ImageUpload(bytes, name, description));
	}

	private static byte[] small() {
		return TestImages.write(TestImages.halves(40, 30, BufferedImage.TYPE_INT_RGB), "png");
	}

	private static List<Long> ids(Page<Media> page) {
		return page.map(Media::getId).getContent();
	}

	private static List<String> storedFiles(Media media) {
		List<String> names = new java.util.ArrayList<>(List.of(media.getFileName()));
		media.getVariantWidths().forEach((width) -> names.add(MediaStorage.variantName(media.getFileName(), width)));
		return names;
	}

	private static Path file(String name) {
		return mediaDir.resolve(name);
	}

	private static long fileCount() throws IOException {
		try (var files = Files.list(mediaDir)) {
			return files.count();
		}
	}

	private static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	// The JPEG markers before the image data (APP0 = 0xE0, APP1 = 0xE1, ...).
	private static List<Integer> segments(byte[] jpeg) throws IOException {
		List<Integer> markers = new java.util.ArrayList<>();
		try (ByteArrayInputStream in = new ByteArrayInputStream(jpeg)) {
			in.skipNBytes(2);
			while (true) {
				int marker = (in.read() << 8 | in.read()) & 0xFF;
				if (marker == 0xDA) {
					return markers;
				}
				markers.add(marker);
				in.skipNBytes(((in.read() << 8) | in.read()) - 2);
			}
		}
	}

}
