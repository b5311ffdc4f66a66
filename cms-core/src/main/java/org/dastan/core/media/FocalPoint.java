package org.dastan.core.media;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The point of a picture that stays in view when a page shows it in a box of another
 * shape, as fractions of its width and height from the top left: {@code (0.5, 0.5)} is
 * the centre, which every picture has until an editor chooses otherwise.
 */
public record FocalPoint(double x, double y) {

	public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

	public FocalPoint {
		if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
			throw new IllegalArgumentException("A focal point lies within the picture: " + x + ", " + y);
		}
	}

	/** From percentages, as the editor types them. */
	public static FocalPoint ofPercent(double x, double y) {
		return new FocalPoint(x / 100, y / 100);
	}

	public double percentX() {
		return percent(this.x);
	}

	public double percentY() {
		return percent(this.y);
	}

	/** The point as CSS {@code object-position} takes it, e.g. {@code 30% 72.5%}. */
	public String cssPosition() {
		return plain(percentX()) + "% " + plain(percentY()) + "%";
	}

	/**
	 * The largest region of the given shape inside a picture of the given size, centred
	 * on this point as far as the picture's edges allow.
	 */
	public Region crop(int width, int height, int aspectWidth, int aspectHeight) {
		int cropWidth = width;
		int cropHeight = height;
		if ((long) width * aspectHeight > (long) height * aspectWidth) {
			cropWidth = Math.max(1, (int) Math.round((double) height * aspectWidth / aspectHeight));
		}
		else {
			cropHeight = Math.max(1, (int) Math.round((double) width * aspectHeight / aspectWidth));
		}
		return new Region(offset(this.x, width, cropWidth), offset(this.y, height, cropHeight), cropWidth, cropHeight);
	}

	private static int offset(double focus, int size, int cropSize) {
		long start = Math.round(focus * size - cropSize / 2.0);
		return (int) Math.max(0, Math.min(size - cropSize, start));
	}

	// One decimal is finer than any box on a page can show.
	private static double percent(double fraction) {
		return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	private static String plain(double percent) {
		return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString();
	}

	/** A rectangle of pixels within a picture, from its top left corner. */
	public record Region(int x, int y, int width, int height) {

	}

}
