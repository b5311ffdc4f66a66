package org.dastan.admin.media;

import org.dastan.web.media.MediaUrls;

/**
 * An image as the article editor takes it, from the picker or straight after an upload:
 * all it needs to write a responsive {@code <figure>} into the text.
 *
 * @param url the full-size picture
 * @param thumbnail the narrowest stored copy, for the picker's grid
 * @param srcset the picture's stored widths, for {@code <img srcset>}
 * @param sizes how wide the article's text shows it, for {@code <img sizes>}
 */
record PickerImage(long id, String url, String thumbnail, int width, int height, String srcset, String sizes,
		String alt, String caption, String credit) {

	static PickerImage of(MediaCard card) {
		return new PickerImage(card.id(), card.url(), card.thumbnail(), card.width(), card.height(), card.srcset(),
				MediaUrls.BODY_SIZES, card.altText(), card.caption(), card.credit());
	}

}
