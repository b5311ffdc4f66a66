package org.dastan.core.media;

import org.junit.jupiter.api.Test;

import org.dastan.core.media.FocalPoint.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FocalPointTest {

	@Test
	void cropsAWidePictureToAnOpenGraphCardAroundTheFocalPoint() {
		// 2000x800 to 1200:630 keeps the full height, 1524 pixels wide.
		assertThat(new FocalPoint(0.5, 0.5).crop(2000, 800, 1200, 630)).isEqualTo(new Region(238, 0, 1524, 800));
		assertThat(new FocalPoint(0.6, 0.5).crop(2000, 800, 1200, 630)).isEqualTo(new Region(438, 0, 1524, 800));
	}

	@Test
	void cropsATallPictureAroundTheFocalPoint() {
		// 1000x2000 to 16:9 keeps the full width, 563 pixels high, centred on y = 600.
		assertThat(new FocalPoint(0.5, 0.3).crop(1000, 2000, 16, 9)).isEqualTo(new Region(0, 319, 1000, 563));
	}

	@Test
	void keepsTheCropInsideThePictureWhenTheFocalPointIsNearAnEdge() {
		assertThat(new FocalPoint(0, 1).crop(1000, 2000, 16, 9)).isEqualTo(new Region(0, 1437, 1000, 563));
		assertThat(new FocalPoint(1, 0).crop(2000, 800, 1, 1)).isEqualTo(new Region(1200, 0, 800, 800));
		assertThat(new FocalPoint(0.02, 0.5).crop(2000, 800, 1, 1)).isEqualTo(new Region(0, 0, 800, 800));
	}

	@Test
	void leavesAPictureOfTheSameShapeWhole() {
		assertThat(new FocalPoint(0.9, 0.1).crop(1600, 900, 16, 9)).isEqualTo(new Region(0, 0, 1600, 900));
	}

	@Test
	void writesThePointAsCssPercentages() {
		assertThat(FocalPoint.CENTRE.cssPosition()).isEqualTo("50% 50%");
		assertThat(FocalPoint.ofPercent(30, 72.5).cssPosition()).isEqualTo("30% 72.5%");
		assertThat(new FocalPoint(1.0 / 3, 0).cssPosition()).isEqualTo("33.3% 0%");
	}

	@Test
	void refusesAPointOutsideThePicture() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FocalPoint(1.01, 0.5));
		assertThatIllegalArgumentException().isThrownBy(() -> FocalPoint.ofPercent(-1, 50));
		assertThatIllegalArgumentException().isThrownBy(() -> new FocalPoint(Double.NaN, 0.5));
	}

}
