package org.dastan.core.media;

import java.awt.image.BufferedImage;

/**
 * An uploaded picture after decoding: upright, within the size the library keeps, and
 * whether any of its pixels are see-through.
 */
record DecodedImage(BufferedImage image, boolean transparent) {

	StoredFormat format() {
		return this.transparent ? StoredFormat.PNG : StoredFormat.JPEG;
	}

}
