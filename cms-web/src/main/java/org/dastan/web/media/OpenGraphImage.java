package org.dastan.web.media;

import org.dastan.core.media.FocalPoint.Region;
import org.dastan.core.media.ImageRef;

/**
 * A picture as social sites' cards take it: the 1.91:1 shape they show, at most 1200×630
 * pixels, cut around the focal point.
 *
 * @param path the picture's address on this site, which changes with the focal point
 * @param region the part of the stored picture it shows
 */
public record OpenGraphImage(String path, Region region, int width, int height) {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	static OpenGraphImage of(ImageRef image) {
		Region region = image.focus().crop(image.width(), image.height(), WIDTH, HEIGHT);
		// Never larger than the cut itself: small pictures are not blown up.
		double scale = Math.min(1, (double) WIDTH / region.width());
		String focus = image.focus().cssPosition().replace("% ", ",").replace("%", "");
		String path = "/media/og/" + image.fileName() + "?focus=" + focus;
		return new OpenGraphImage(path, region, (int) Math.round(region.width() * scale),
				(int) Math.round(region.height() * scale));
	}

}
