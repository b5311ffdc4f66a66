package org.dastan.admin.media;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.dastan.core.media.ImageRef;
import org.dastan.core.media.Media;
import org.dastan.web.media.MediaUrls;

/**
 * A stored image as the library's pages show it: its picture, texts and facts.
 */
record MediaCard(long id, ImageRef image, String url, String thumbnail, String srcset, String altText, String caption,
		String credit, String originalName, String contentType, int width, int height, FileSize size,
		List<Integer> variantWidths, Instant createdAt) {

	static MediaCard of(Media media, MediaUrls urls) {
		ImageRef image = ImageRef.of(media);
		return new MediaCard(media.getId(), image, urls.url(image), urls.thumbnail(image), urls.srcset(image),
				media.getAltText(), media.getCaption(), media.getCredit(), media.getOriginalName(),
				media.getContentType(), media.getWidth(), media.getHeight(), FileSize.of(media.getSizeBytes()),
				media.getVariantWidths(), media.getCreatedAt());
	}

	/** {@code JPEG} or {@code PNG}, from the stored content type. */
	public String format() {
		return this.contentType.substring(this.contentType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
	}

}
