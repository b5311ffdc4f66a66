package org.dastan.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoImagePainterTest {

	private static final List<String> SCENES = List.of("steppe", "mountains", "city", "water", "desert", "fields");

	@Test
	void eachScenePaintsTheRequestedSizeAndItsJpegDecodesBack() throws IOException {
		for (String scene : SCENES) {
			BufferedImage image = DemoImagePainter.paintScene(scene, 42, 320, 180);
			assertThat(image.getWidth()).as(scene).isEqualTo(320);
			assertThat(image.getHeight()).as(scene).isEqualTo(180);
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(DemoImagePainter.toJpeg(image, 0.85f)));
			assertThat(decoded).as(scene).isNotNull();
			assertThat(decoded.getWidth()).as(scene).isEqualTo(320);
			assertThat(decoded.getHeight()).as(scene).isEqualTo(180);
		}
	}

	@Test
	void sameSeedGivesIdenticalPixelsAndDifferentSeedGivesDifferentPixels() {
		for (String scene : SCENES) {
			int[] first = pixels(DemoImagePainter.paintScene(scene, 7, 240, 135));
			int[] again = pixels(DemoImagePainter.paintScene(scene, 7, 240, 135));
			int[] other = pixels(DemoImagePainter.paintScene(scene, 8, 240, 135));
			assertThat(Arrays.equals(first, again)).as(scene + " with the same seed").isTrue();
			assertThat(Arrays.equals(first, other)).as(scene + " with another seed").isFalse();
		}
	}

	@Test
	void unknownSceneFallsBackToSteppe() {
		int[] unknown = pixels(DemoImagePainter.paintScene("moon base", 3, 160, 90));
		int[] steppe = pixels(DemoImagePainter.paintScene("steppe", 3, 160, 90));
		assertThat(Arrays.equals(unknown, steppe)).isTrue();
	}

	@Test
	void imagesAreNotASingleFlatColour() {
		for (String scene : SCENES) {
			assertThat(distinctColours(DemoImagePainter.paintScene(scene, 11, 320, 180))).as(scene).isGreaterThan(50);
		}
		assertThat(distinctColours(DemoImagePainter.paintPortrait("Aigerim Nurlanovna", 11, 160))).isGreaterThan(50);
	}

	@Test
	void portraitsAreSquareOfTheGivenSize() throws IOException {
		BufferedImage portrait = DemoImagePainter.paintPortrait("Daniyar Seitkali", 5, 200);
		assertThat(portrait.getWidth()).isEqualTo(200);
		assertThat(portrait.getHeight()).isEqualTo(200);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(DemoImagePainter.toJpeg(portrait, 0.9f)));
		assertThat(decoded.getWidth()).isEqualTo(200);
		assertThat(decoded.getHeight()).isEqualTo(200);
	}

	@Test
	void portraitsAreDeterministic() {
		int[] first = pixels(DemoImagePainter.paintPortrait("Daniyar Seitkali", 5, 96));
		int[] again = pixels(DemoImagePainter.paintPortrait("Daniyar Seitkali", 5, 96));
		int[] other = pixels(DemoImagePainter.paintPortrait("Daniyar Seitkali", 6, 96));
		assertThat(Arrays.equals(first, again)).isTrue();
		assertThat(Arrays.equals(first, other)).isFalse();
	}

	private static int[] pixels(BufferedImage image) {
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}

	private static long distinctColours(BufferedImage image) {
		return Arrays.stream(pixels(image)).distinct().count();
	}

}
