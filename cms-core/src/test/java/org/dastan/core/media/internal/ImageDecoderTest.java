package org.dastan.core.media.internal;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.dastan.core.media.RejectedImageException;
import org.dastan.core.media.RejectedImageException.Reason;
import org.dastan.core.media.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ImageDecoderTest {

	private static final Path SVG = Path.of(System.getProperty("dastan.shared.dir", "../../shared"), "fixtures", "xss",
			"svg");

	private static final long MAX_PIXELS = 40_000_000;

	private static final int MAX_EDGE = 2560;

	@Test
	void keepsTransparencyOfPngs() {
		DecodedImage image = decode(TestImages.write(TestImages.withHole(64, 48), "png"));
		assertThat(image.transparent()).isTrue();
		assertThat(image.format()).isEqualTo(StoredFormat.PNG);
		assertThat(image.image().getRGB(2, 2) >>> 24).isZero();
		assertThat(image.image().getRGB(60, 40)).isEqualTo(0xFF0000FF);
	}

	@Test
	void treatsPngsWithAnOpaqueAlphaChannelAsOpaque() {
		BufferedImage opaque = TestImages.halves(64, 48, BufferedImage.TYPE_INT_ARGB);
		DecodedImage image = decode(TestImages.write(opaque, "png"));
		assertThat(image.format()).isEqualTo(StoredFormat.JPEG);
		assertThat(image.image().getColorModel().hasAlpha()).isFalse();
	}

	@Test
	void readsWebp() {
		DecodedImage opaque = decode(TestImages.webp(60, 40, 0xFF20A040));
		assertThat(opaque.format()).isEqualTo(StoredFormat.JPEG);
		assertThat(opaque.image().getWidth()).isEqualTo(60);
		assertThat(opaque.image().getRGB(30, 20)).isEqualTo(0xFF20A040);
		DecodedImage transparent = decode(TestImages.webp(60, 40, 0x80FF0000));
		assertThat(transparent.format()).isEqualTo(StoredFormat.PNG);
	}

	@Test
	void readsGifs() {
		DecodedImage opaque = decode(TestImages.write(TestImages.halves(120, 80, BufferedImage.TYPE_INT_RGB), "gif"));
		assertThat(opaque.format()).isEqualTo(StoredFormat.JPEG);
		assertThat(opaque.image().getRGB(10, 10)).isEqualTo(0xFFFF0000);
		DecodedImage transparent = decode(TestImages.write(transparentGif(), "gif"));
		assertThat(transparent.format()).isEqualTo(StoredFormat.PNG);
		assertThat(transparent.image().getRGB(0, 0) >>> 24).isZero();
	}

	@Test
	void turnsPhotosUprightByTheirExifOrientation() {
		// Orientation 6: the camera was turned right; the picture shows turned back left,
		// so its left half (red) ends up on top.
		BufferedImage sideways = TestImages.halves(200, 100, BufferedImage.TYPE_INT_RGB);
		DecodedImage image = decode(TestImages.jpegWithExif(sideways, 6));
		assertThat(image.image().getWidth()).isEqualTo(100);
		assertThat(image.image().getHeight()).isEqualTo(200);
		assertThat(isRed(image.image().getRGB(50, 20))).isTrue();
		assertThat(isRed(image.image().getRGB(50, 180))).isFalse();
	}

	@Test
	void scalesDownPicturesLargerThanTheLongestEdgeKept() {
		DecodedImage image = decode(TestImages.write(TestImages.halves(3000, 1500, BufferedImage.TYPE_INT_RGB), "png"));
		assertThat(image.image().getWidth()).isEqualTo(MAX_EDGE);
		assertThat(image.image().getHeight()).isEqualTo(1280);
	}

	@Test
	void readsHugePicturesSubsampledToNoLessThanTheKeptSize() {
		byte[] png = TestImages.write(TestImages.halves(5200, 2000, BufferedImage.TYPE_3BYTE_BGR), "png");
		// Read every second pixel: 2600 × 1000, then smoothed down to 2560 wide.
		assertThat(ImageDecoder.pixelsHeld(png, MAX_PIXELS, MAX_EDGE)).isEqualTo(2 * 2600 * 1000);
		DecodedImage image = decode(png);
		assertThat(image.image().getWidth()).isEqualTo(MAX_EDGE);
		assertThat(image.image().getHeight()).isEqualTo(985);
		assertThat(isRed(image.image().getRGB(1270, 500))).isTrue();
		assertThat(isRed(image.image().getRGB(1290, 500))).isFalse();
	}

	@Test
	void subsamplesOnlyByWholeStepsThatKeepTheLongestEdgeKept() {
		assertThat(ImageDecoder.subsampling(2560, 2560, MAX_EDGE)).isOne();
		assertThat(ImageDecoder.subsampling(5119, 100, MAX_EDGE)).isOne();
		assertThat(ImageDecoder.subsampling(100, 5120, MAX_EDGE)).isEqualTo(2);
		assertThat(ImageDecoder.subsampling(6000, 6000, MAX_EDGE)).isEqualTo(2);
		assertThat(ImageDecoder.subsampling(40_000, 1000, MAX_EDGE)).isEqualTo(15);
	}

	@Test
	void countsThePixelsAPictureKeptWholeHoldsTwice() {
		byte[] png = TestImages.write(TestImages.halves(300, 200, BufferedImage.TYPE_INT_RGB), "png");
		assertThat(ImageDecoder.pixelsHeld(png, MAX_PIXELS, MAX_EDGE)).isEqualTo(2 * 300 * 200);
		assertThatExceptionOfType(RejectedImageException.class)
			.isThrownBy(() -> ImageDecoder.pixelsHeld(TestImages.pngBomb(10_000, 10_000), MAX_PIXELS, MAX_EDGE))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
	}

	@Test
	void refusesAnEmptyFile() {
		assertRejected(new byte[0], Reason.EMPTY);
	}

	@Test
	void refusesSvgsWhateverTheyContain() throws IOException {
		try (Stream<Path> files = Files.list(SVG)) {
			List<Path> svgs = files.toList();
			assertThat(svgs).isNotEmpty();
			for (Path svg : svgs) {
				assertRejected(Files.readAllBytes(svg), Reason.UNSUPPORTED_FORMAT);
			}
		}
	}

	@Test
	void refusesHtmlAndScriptsNamedLikeImages() {
		assertRejected(
				"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
				Reason.UNSUPPORTED_FORMAT);
		assertRejected("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_FORMAT);
		assertRejected("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.UTF_8),
				Reason.UNSUPPORTED_FORMAT);
	}

	@Test
	void refusesImageFormatsOutsideTheFourItTakes() {
		assertRejected(TestImages.write(TestImages.halves(40, 30, BufferedImage.TYPE_INT_RGB), "bmp"),
				Reason.UNSUPPORTED_FORMAT);
		assertRejected(TestImages.write(TestImages.halves(40, 30, BufferedImage.TYPE_INT_RGB), "tiff"),
				Reason.UNSUPPORTED_FORMAT);
	}

	@Test
	void refusesATruncatedJpeg() {
		byte[] jpeg = TestImages.write(TestImages.halves(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg");
		assertThatNoException().isThrownBy(() -> decode(jpeg));
		assertRejected(Arrays.copyOf(jpeg, jpeg.length / 2), Reason.DAMAGED);
	}

	@Test
	void refusesAFileThatOnlyStartsLikeAnImage() {
		byte[] png = TestImages.write(TestImages.halves(40, 30, BufferedImage.TYPE_INT_RGB), "png");
		assertRejected(Arrays.copyOf(png, 20), Reason.DAMAGED);
	}

	@Test
	void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() {
		byte[] bomb = TestImages.pngBomb(20_000, 20_000);
		assertThat(bomb.length).isLessThan(200_000);
		assertRejected(bomb, Reason.TOO_MANY_PIXELS);
		// With its pixel data garbled, the same header is still refused for its size: the
		// pixels were never looked at. A small picture with garbled pixels is refused as
		// damaged.
		assertRejected(garbled(bomb), Reason.TOO_MANY_PIXELS);
		assertRejected(garbled(TestImages.pngBomb(20, 20)), Reason.DAMAGED);
	}

	// Overwrites everything after the IHDR chunk (8 + 25 bytes).
	private static byte[] garbled(byte[] png) {
		byte[] copy = png.clone();
		Arrays.fill(copy, 33, copy.length, (byte) 0x5A);
		return copy;
	}

	private static DecodedImage decode(byte[] bytes) {
		return ImageDecoder.decode(bytes, MAX_PIXELS, MAX_EDGE);
	}

	private static void assertRejected(byte[] bytes, Reason reason) {
		assertThatExceptionOfType(RejectedImageException.class).isThrownBy(() -> decode(bytes))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	private static BufferedImage transparentGif() {
		byte[] red = { 0, (byte) 255 };
		byte[] none = { 0, 0 };
		IndexColorModel palette = new IndexColorModel(1, 2, red, none, none, 0);
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_BINARY, palette);
		for (int y = 0; y < 30; y++) {
			for (int x = 20; x < 40; x++) {
				image.setRGB(x, y, 0xFFFF0000);
			}
		}
		return image;
	}

	private static boolean isRed(int rgb) {
		return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
	}

}
