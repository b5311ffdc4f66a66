package org.dastan.web.media;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaStorage;

/**
 * Builds image URLs for templates, which call it as {@code @mediaUrls}: each variant sits
 * beside its original as {@code <name>-<width>.<ext>}.
 */
@Component("mediaUrls")
public class MediaUrls {

	/**
	 * How wide a picture in an article's text is shown: the article column, at most 800
	 * pixels from the large layout up, the whole screen below it.
	 */
	public static final String BODY_SIZES = "(min-width: 992px) 800px, 100vw";

	/**
	 * How wide the main column of the public layout is ({@code col-lg-8} in a {@code row
	 * gx-4 gx-lg-5}): Bootstrap's container widths less the gutters, the whole screen
	 * less its padding on phones. The home page's lead picture fills it.
	 */
	public static final String MAIN_COLUMN_SIZES = "(min-width: 1400px) 848px, (min-width: 1200px) 728px, "
			+ "(min-width: 992px) 608px, (min-width: 768px) 696px, (min-width: 576px) 516px, calc(100vw - 24px)";

	public String mainColumnSizes() {
		return MAIN_COLUMN_SIZES;
	}

	public String url(ImageRef image) {
		return "/media/" + image.fileName();
	}

	/** The narrowest stored copy, for thumbnails in lists and pickers. */
	public String thumbnail(ImageRef image) {
		List<Integer> widths = image.variantWidths();
		return widths.isEmpty() ? url(image) : "/media/" + MediaStorage.variantName(image.fileName(), widths.get(0));
	}

	/** The picture cut for social sites' cards, with its address and size. */
	public OpenGraphImage openGraph(ImageRef image) {
		return OpenGraphImage.of(image);
	}

	public String srcset(ImageRef image) {
		String name = image.fileName();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		List<String> candidates = new ArrayList<>();
		for (int width : image.variantWidths()) {
			candidates.add("/media/" + base + "-" + width + extension + " " + width + "w");
		}
		candidates.add(url(image) + " " + image.width() + "w");
		return String.join(", ", candidates);
	}

}
