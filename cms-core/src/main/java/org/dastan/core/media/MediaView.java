package org.dastan.core.media;

import java.time.Instant;
import java.util.List;

import org.dastan.core.media.model.Media;

/**
 * A stored image as the library lists and shows it: its picture, its words and the facts
 * of its file.
 *
 * @param originalName the file's name on the uploader's computer, if it had one
 * @param variantWidths the widths of the smaller copies beside the original, narrowest
 * first
 * @param version what an editor opened, to refuse a save over someone else's
 */
public record MediaView(long id, String fileName, String contentType, long sizeBytes, int width, int height,
		String altText, String caption, String credit, String originalName, List<Integer> variantWidths,
		FocalPoint focus, Instant createdAt, long version) {

	public MediaView {
		variantWidths = List.copyOf(variantWidths);
	}

	static MediaView of(Media media) {
		return new MediaView(media.getId(), media.getFileName(), media.getContentType(), media.getSizeBytes(),
				media.getWidth(), media.getHeight(), media.getAltText(), media.getCaption(), media.getCredit(),
				media.getOriginalName(), media.getVariantWidths(), media.getFocalPoint(), media.getCreatedAt(),
				media.getVersion());
	}

	/** What a page needs to show the picture. */
	public ImageRef image() {
		return new ImageRef(this.fileName, this.altText, this.width, this.height, this.variantWidths, this.focus);
	}

}
