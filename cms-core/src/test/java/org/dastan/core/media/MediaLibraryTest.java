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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.RejectedImageException.Reason;
import org.dastan.core.media.internal.DecodingBudget;
import org.dastan.core.media.model.Media;

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
@RecordApplicationEvents
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

	@Autowired
	private ApplicationEvents events;

	@DynamicPropertySource
	static void mediaDir(DynamicPropertyRegistry properties) {
		properties.add("dastan.media-dir", () -> mediaDir.toString());
	}

	@Test
	void storesATransparentPngAsPngUnderANameTheServerChooses() throws IOException {
		MediaView media = upload(TestImages.write(TestImages.withHole(640, 480), "png"), "../../etc/Logo.png");
		assertThat(media.contentType()).isEqualTo("image/png");
		assertThat(media.fileName()).matches("[0-9a-f-]{36}\\.png").doesNotContain("Logo");
		assertThat(media.originalName()).isEqualTo("Logo.png");
		BufferedImage stored = ImageIO.read(file(media.fileName()).toFile());
		assertThat(stored.getRGB(2, 2) >>> 24).isZero();
		assertThat(media.sizeBytes()).isEqualTo(Files.size(file(media.fileName())));
	}

	@Test
	void stripsExifAndGpsFromJpegsAndTheirVariants() throws IOException {
		byte[] photo = TestImages.jpegWithExif(TestImages.halves(1000, 600, BufferedImage.TYPE_INT_RGB), 1);
		assertThat(contains(photo, "Exif")).isTrue();
		assertThat(contains(photo, TestImages.CAMERA)).isTrue();

		MediaView media = upload(photo, "IMG_0001.JPG");
		assertThat(media.contentType()).isEqualTo("image/jpeg");
		for (String name : storedFiles(media)) {
			byte[] stored = Files.readAllBytes(file(name));
			assertThat(contains(stored, "Exif")).as(name).isFalse();
			assertThat(contains(stored, TestImages.CAMERA)).as(name).isFalse();
			assertThat(segments(stored)).as(name).doesNotContain(0xE1);
		}
	}

	@Test
	void reencodesWebpAndGifUploads() {
		MediaView webp = upload(TestImages.webp(64, 48, 0xFF336699), "photo.webp");
		assertThat(webp.contentType()).isEqualTo("image/jpeg");
		assertThat(webp.fileName()).endsWith(".jpg");
		MediaView gif = upload(TestImages.write(TestImages.halves(64, 48, BufferedImage.TYPE_INT_RGB), "gif"),
				"map.gif");
		assertThat(gif.contentType()).isEqualTo("image/jpeg");
		assertThat(file(gif.fileName())).exists();
	}

	@Test
	void storesVariantsAtTheWidthsPublicPagesUse() throws IOException {
		MediaView media = upload(TestImages.write(TestImages.halves(1000, 500, BufferedImage.TYPE_INT_RGB), "png"),
				"wide.png");
		assertThat(media.variantWidths()).containsExactly(480, 800);
		for (int width : media.variantWidths()) {
			BufferedImage variant = ImageIO.read(file(MediaStorage.variantName(media.fileName(), width)).toFile());
			assertThat(variant.getWidth()).isEqualTo(width);
			assertThat(variant.getHeight()).isEqualTo(width / 2);
		}
		assertThat(file(MediaStorage.variantName(media.fileName(), 1200))).doesNotExist();
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
		MediaView alt = upload(small(), "a.png", new MediaDescription("Yurts near Lake Song-Kol", null, null));
		MediaView caption = upload(small(), "b.png", new MediaDescription("Lake", "SONG-KOL in autumn", null));
		MediaView credit = upload(small(), "c.png", new MediaDescription("Shore", null, "@song-kol-photos"));
		MediaView name = upload(small(), "Song-Kol_shore.png", new MediaDescription("Shore", null, null));
		MediaView russian = upload(small(), "d.png", new MediaDescription("Озеро Сон-Куль", null, null));
		upload(small(), "e.png", new MediaDescription("Issyk-Kul", null, null));

		assertThat(ids(this.library.search("song-kol", PageRequest.of(0, 10)))).containsExactly(name.id(), credit.id(),
				caption.id(), alt.id());
		assertThat(ids(this.library.search("  сон-КУЛЬ ", PageRequest.of(0, 10)))).containsExactly(russian.id());
		assertThat(ids(this.library.search(name.fileName().substring(0, 8), PageRequest.of(0, 10))))
			.containsExactly(name.id());
	}

	@Test
	void treatsWildcardsInTheQueryAsText() {
		MediaView percent = upload(small(), "p.png",
				new MediaDescription("Inflation at 100% in wildcard-test", null, null));
		upload(small(), "q.png", new MediaDescription("Inflation at 100 in wildcard-test", null, null));
		assertThat(ids(this.library.search("100%", PageRequest.of(0, 10)))).containsExactly(percent.id());
		assertThat(ids(this.library.search("wildcard_test", PageRequest.of(0, 10)))).isEmpty();
	}

	@Test
	void pagesThroughResultsNewestFirst() {
		List<Long> uploaded = List.of(upload(small(), "1.png", new MediaDescription("pager one", null, null)).id(),
				upload(small(), "2.png", new MediaDescription("pager two", null, null)).id(),
				upload(small(), "3.png", new MediaDescription("pager three", null, null)).id());
		Page<MediaView> first = this.library.search("pager", PageRequest.of(0, 2));
		Page<MediaView> second = this.library.search("pager", PageRequest.of(1, 2));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(ids(first)).containsExactly(uploaded.get(2), uploaded.get(1));
		assertThat(ids(second)).containsExactly(uploaded.get(0));
	}

	@Test
	void changesTheTextsAndFocalPointButNotAfterSomeoneElseDid() {
		MediaView media = upload(small(), "x.png", new MediaDescription("Old alt", "Old caption", "Old credit"));
		assertThat(media.focus()).isEqualTo(FocalPoint.CENTRE);
		FocalPoint face = new FocalPoint(0.3, 0.25);
		MediaView changed = this.library
			.describe(new DescribeImage(media.id(), media.version(),
					new MediaDescription(" New alt ", "  ", "New credit"), face))
			.orElseThrow();
		assertThat(changed.altText()).isEqualTo("New alt");
		assertThat(changed.caption()).isNull();
		assertThat(changed.credit()).isEqualTo("New credit");
		assertThat(changed.version()).isGreaterThan(media.version());
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.library.describe(new DescribeImage(media.id(), media.version(),
					new MediaDescription("Stale alt", null, null), FocalPoint.CENTRE)));
		MediaView stored = this.library.view(media.id()).orElseThrow();
		assertThat(stored.altText()).isEqualTo("New alt");
		assertThat(stored.focus()).isEqualTo(face);
		assertThat(this.library.describe(new DescribeImage(-1, 0, new MediaDescription("Gone", null, null), face)))
			.isEmpty();
		// Only the save that changed the image tells the pages that show it.
		assertThat(this.events.stream(MediaChanged.class)).containsExactly(new MediaChanged(media.id()));
	}

	@Test
	void cutsAPictureAroundItsFocalPointWithoutBlowingItUp() throws Exception {
		// Red on the left, blue on the right.
		MediaView media = upload(TestImages.write(TestImages.halves(1600, 600, BufferedImage.TYPE_INT_RGB), "png"),
				"x.png");
		FocalPoint right = new FocalPoint(0.9, 0.5);
		byte[] jpeg = this.storage.crop(media.fileName(), right.crop(1600, 600, 1200, 630), 1200, 630);
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
		MediaView media = upload(small(), "x.png", new MediaDescription("Found", null, null));
		assertThat(this.library.findImages(List.of(media.fileName(), "unknown.jpg")))
			.containsOnly(entry(media.fileName(), media.image()));
		assertThat(this.library.findImages(List.of())).isEmpty();
	}

	@Test
	void findsOneImageByFileNameOrId() {
		MediaView media = upload(small(), "x.png", new MediaDescription("One", null, null));
		assertThat(this.library.findImage(media.fileName())).contains(media.image());
		assertThat(this.library.findImage(media.id())).contains(media.image());
		assertThat(this.library.findImage("unknown.jpg")).isEmpty();
		assertThat(this.library.findImage(-1)).isEmpty();
	}

	@Test
	void offersTheNewestImagesAndKeepsAnOlderChoice() {
		MediaView older = upload(small(), "older.png", new MediaDescription("Older", null, null));
		MediaView newer = upload(small(), "newer.png", new MediaDescription("Newer", null, null));
		MediaView newest = upload(small(), "newest.png", new MediaDescription("Newest", null, null));
		assertThat(this.library.choices(2, null)).containsExactly(choice(newest), choice(newer));
		assertThat(this.library.choices(2, older.id())).containsExactly(choice(newest), choice(newer), choice(older));
		assertThat(this.library.choices(2, newer.id())).containsExactly(choice(newest), choice(newer));
		assertThat(this.library.choices(2, -1L)).containsExactly(choice(newest), choice(newer));
	}

	@Test
	void storesPicturesTheServerMadeWithTheirWordsInTheirOrder() throws IOException {
		List<MediaView> made = this.library.storeAll(List.of(
				new MadePicture(() -> TestImages.halves(900, 600, BufferedImage.TYPE_INT_RGB),
						new MediaDescription("A painted scene", " The lake ", "@dastan")),
				new MadePicture(() -> TestImages.halves(300, 200, BufferedImage.TYPE_INT_RGB),
						new MediaDescription("A small one", null, null))));
		assertThat(made).extracting(MediaView::altText).containsExactly("A painted scene", "A small one");
		MediaView stored = this.library.view(made.get(0).id()).orElseThrow();
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(stored.caption()).isEqualTo("The lake");
		assertThat(stored.credit()).isEqualTo("@dastan");
		assertThat(stored.originalName()).isNull();
		assertThat(storedFiles(stored)).hasSize(3).allSatisfy((name) -> assertThat(file(name)).exists());
		// Red on the left and blue on the right, as painted: the bytes went to the
		// encoder in the right order.
		BufferedImage decoded = ImageIO.read(file(stored.fileName()).toFile());
		assertThat(new Color(decoded.getRGB(100, 300))).satisfies((left) -> {
			assertThat(left.getRed()).isGreaterThan(200);
			assertThat(left.getBlue()).isLessThan(50);
		});
		assertThat(new Color(decoded.getRGB(800, 300))).satisfies((right) -> {
			assertThat(right.getBlue()).isGreaterThan(200);
			assertThat(right.getRed()).isLessThan(50);
		});
	}

	@Test
	void deletesAnUnusedImageWithItsFiles() {
		MediaView media = upload(TestImages.write(TestImages.halves(900, 600, BufferedImage.TYPE_INT_RGB), "png"),
				"x.png");
		List<String> files = storedFiles(media);
		assertThat(files).hasSize(3).allSatisfy((name) -> assertThat(file(name)).exists());
		this.library.delete(media.id());
		assertThat(this.library.view(media.id())).isEmpty();
		assertThat(this.events.stream(MediaChanged.class)).containsExactly(new MediaChanged(media.id()));
		assertThat(files).allSatisfy((name) -> assertThat(file(name)).doesNotExist());
	}

	@Test
	void refusesToDeleteAnImageThatPagesShow() {
		MediaView featured = upload(small(), "f.png");
		MediaView inline = upload(small(), "i.png");
		MediaView photo = upload(small(), "p.png");
		Article article = new Article("delete-test-featured", "Dam opens");
		article.illustrate(this.library.find(featured.id()).orElseThrow(), null, null);
		this.articles.save(article);
		Article body = new Article("delete-test-inline", "Harvest report");
		String variant = MediaStorage.variantName(inline.fileName(), 480);
		body.writeBody(new HtmlSanitizer().sanitize("<p><img src=\"/media/" + variant + "\" alt=\"Wheat\"></p>"));
		this.articles.save(body);
		Author author = new Author("delete-test-author", "Aigerim Sadykova");
		author.setPhoto(this.library.find(photo.id()).orElseThrow());
		this.authors.save(author);

		assertInUse(featured, List.of("Dam opens"), List.of());
		assertInUse(inline, List.of("Harvest report"), List.of());
		assertInUse(photo, List.of(), List.of("Aigerim Sadykova"));
		assertThat(file(featured.fileName())).exists();
		assertThat(this.events.stream(MediaChanged.class)).isEmpty();
	}

	private void assertInUse(MediaView media, List<String> articles, List<String> authors) {
		assertThatExceptionOfType(MediaInUseException.class).isThrownBy(() -> this.library.delete(media.id()))
			.satisfies((ex) -> {
				assertThat(ex.articles()).isEqualTo(articles);
				assertThat(ex.authors()).isEqualTo(authors);
			});
		assertThat(this.library.view(media.id())).isPresent();
	}

	private MediaView upload(byte[] bytes, String name) {
		return upload(bytes, name, new MediaDescription("A picture", "A caption", "@dastan"));
	}

	private MediaView upload(byte[] bytes, String name, MediaDescription description) {
		return this.library.upload(new ImageUpload(bytes, name, description));
	}

	private static ImageChoice choice(MediaView media) {
		return new ImageChoice(media.id(), media.altText(), media.fileName());
	}

	private static byte[] small() {
		return TestImages.write(TestImages.halves(40, 30, BufferedImage.TYPE_INT_RGB), "png");
	}

	private static List<Long> ids(Page<MediaView> page) {
		return page.map(MediaView::id).getContent();
	}

	private static List<String> storedFiles(MediaView media) {
		List<String> names = new java.util.ArrayList<>(List.of(media.fileName()));
		media.variantWidths().forEach((width) -> names.add(MediaStorage.variantName(media.fileName(), width)));
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
