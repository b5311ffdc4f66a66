package org.dastan.admin.media;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaView;
import org.dastan.web.media.MediaUrls;

/**
 * A stored image as the library's pages show it: its picture, texts and facts.
 */
record MediaCard(long id, ImageRef image, String url, String thumbnail, String srcset, String altText, String caption,
		String credit, String originalName, String contentType, int width, int height, FileSize size,
		List<Integer> variantWidths, Instant createdAt) {

	static MediaCard of(MediaView media, MediaUrls urls) {
		ImageRef image = media.image();
		return new MediaCard(media.id(), image, urls.url(image), urls.thumbnail(image), urls.srcset(image),
				media.altText(), media.caption(), media.credit(), media.originalName(), media.contentType(),
				media.width(), media.height(), FileSize.of(media.sizeBytes()), media.variantWidths(),
				media.createdAt());
	}

	/** {@code JPEG} or {@code PNG}, from the stored content type. */
	public String format() {
		return this.contentType.substring(this.contentType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
	}

}
