package org.dastan.core.media;

import java.util.List;

/**
 * What a page needs to show a stored image: its file, text alternative, size and the
 * widths of its variants.
 */
public record ImageRef(String fileName, String alt, int width, int height, List<Integer> variantWidths) {

	public static ImageRef of(Media media) {
		return (media != null) ? new ImageRef(media.getFileName(), media.getAltText(), media.getWidth(),
				media.getHeight(), media.getVariantWidths()) : null;
	}

}
