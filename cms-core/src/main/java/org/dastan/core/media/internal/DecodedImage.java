package org.dastan.core.media.internal;

import java.awt.image.BufferedImage;

/**
 * An uploaded picture after decoding: upright, within the size the library keeps, and
 * whether any of its pixels are see-through.
 */
public record DecodedImage(BufferedImage image, boolean transparent) {

	public StoredFormat format() {
		return this.transparent ? StoredFormat.PNG : StoredFormat.JPEG;
	}

}
