package org.dastan.core.media;

import java.util.List;

import org.dastan.core.media.model.Media;

/**
 * What a page needs to show a stored image: its file, text alternative, size, the widths
 * of its variants and the point to keep in view when it is cropped.
 */
public record ImageRef(String fileName, String alt, int width, int height, List<Integer> variantWidths,
		FocalPoint focus) {

	public ImageRef {
		focus = (focus != null) ? focus : FocalPoint.CENTRE;
	}

	/** An image focused on its centre. */
	public ImageRef(String fileName, String alt, int width, int height, List<Integer> variantWidths) {
		this(fileName, alt, width, height, variantWidths, FocalPoint.CENTRE);
	}

	public static ImageRef of(Media media) {
		return (media != null) ? new ImageRef(media.getFileName(), media.getAltText(), media.getWidth(),
				media.getHeight(), media.getVariantWidths(), media.getFocalPoint()) : null;
	}

}
