package org.dastan.core.media.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import org.dastan.core.media.RejectedImageException;
import org.dastan.core.media.RejectedImageException.Reason;

/**
 * Decodes uploaded bytes into a picture ready to store. Only the bytes count, never the
 * file's name or declared type: the format comes from the readers that recognise the
 * bytes, and only JPEG, PNG, GIF and WebP are taken. The size in the header is checked
 * before any pixel is decoded. Nothing of the file but its pixels survives: metadata such
 * as EXIF and GPS is left behind, once its orientation has turned the picture upright.
 */
public final class ImageDecoder {

	private static final Set<String> ACCEPTED_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

	private ImageDecoder() {
	}

	/**
	 * The pixels that decoding the bytes holds in memory at once: the picture as read
	 * (subsampled) and the picture as kept. Only the header is read, and checked as
	 * {@link #decode} checks it.
	 */
	public static long pixelsHeld(byte[] bytes, long maxPixels, int maxEdge) {
		return read(bytes, maxPixels, (reader, width, height) -> {
			int factor = subsampling(width, height, maxEdge);
			long read = (long) ceilDiv(width, factor) * ceilDiv(height, factor);
			return read + Math.min(read, (long) maxEdge * maxEdge);
		});
	}

	public static DecodedImage decode(byte[] bytes, long maxPixels, int maxEdge) {
		return read(bytes, maxPixels, (reader, width, height) -> {
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			Orientation orientation = orientation(reader);
			ImageReadParam param = reader.getDefaultReadParam();
			int factor = subsampling(width, height, maxEdge);
			if (factor > 1) {
				param.setSourceSubsampling(factor, factor, 0, 0);
			}
			BufferedImage image = reader.read(0, param);
			// Readers fill what they cannot read (a truncated JPEG) with grey and only
			// warn.
			if (!warnings.isEmpty()) {
				throw new RejectedImageException(Reason.DAMAGED);
			}
			if (orientation != Orientation.TOP_LEFT) {
				image = ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
			}
			return normalised(image, maxEdge);
		});
	}

	/**
	 * How many source pixels to step over while reading a picture that is scaled down
	 * anyway: a 6000 pixel wide upload kept 2560 wide is read 3000 wide, a quarter of the
	 * memory. Only whole steps that leave at least the kept size are taken, so the final
	 * scaling still smooths every picture down from a larger one.
	 */
	static int subsampling(int width, int height, int maxEdge) {
		return Math.max(1, Math.max(width, height) / maxEdge);
	}

	private static <T> T read(byte[] bytes, long maxPixels, HeaderReader<T> action) {
		if (bytes.length == 0) {
			throw new RejectedImageException(Reason.EMPTY);
		}
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = acceptedReader(input);
			try {
				reader.setInput(input, true, false);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				checkSize(width, height, maxPixels);
				return action.read(reader, width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (RejectedImageException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Decoders of malformed files fail in many ways, not all of them
			// IOExceptions.
			throw new RejectedImageException(Reason.DAMAGED);
		}
	}

	private static ImageReader acceptedReader(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (accepts(reader.getOriginatingProvider())) {
				return reader;
			}
		}
		throw new RejectedImageException(Reason.UNSUPPORTED_FORMAT);
	}

	private static boolean accepts(ImageReaderSpi provider) {
		return provider != null && Arrays.stream(provider.getMIMETypes()).anyMatch(ACCEPTED_TYPES::contains);
	}

	private static int ceilDiv(int dividend, int divisor) {
		return (dividend + divisor - 1) / divisor;
	}

	private static void checkSize(int width, int height, long maxPixels) {
		if (width <= 0 || height <= 0) {
			throw new RejectedImageException(Reason.DAMAGED);
		}
		if ((long) width * height > maxPixels) {
			throw new RejectedImageException(Reason.TOO_MANY_PIXELS);
		}
	}

	private static Orientation orientation(ImageReader reader) {
		try {
			Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
			return (orientation != null) ? orientation : Orientation.TOP_LEFT;
		}
		catch (IOException | RuntimeException ex) {
			// Formats without EXIF, or an unreadable EXIF block: take the picture as it
			// is.
			return Orientation.TOP_LEFT;
		}
	}

	private static DecodedImage normalised(BufferedImage image, int maxEdge) throws IOException {
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage fitted = fitted(image, maxEdge, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		if (alpha && !hasTransparentPixels(fitted)) {
			return new DecodedImage(opaque(fitted), false);
		}
		return new DecodedImage(fitted, alpha);
	}

	private static BufferedImage fitted(BufferedImage image, int maxEdge, int type) throws IOException {
		Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).imageType(type);
		if (Math.max(image.getWidth(), image.getHeight()) > maxEdge) {
			builder.size(maxEdge, maxEdge);
		}
		else {
			builder.scale(1);
		}
		return builder.asBufferedImage();
	}

	private static boolean hasTransparentPixels(BufferedImage image) {
		int width = image.getWidth();
		int[] row = new int[width];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int pixel : row) {
				if ((pixel >>> 24) != 0xFF) {
					return true;
				}
			}
		}
		return false;
	}

	private static BufferedImage opaque(BufferedImage image) {
		BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = opaque.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.drawImage(image, 0, 0, null);
		graphics.dispose();
		return opaque;
	}

	/** Works on a reader whose header has been checked. */
	@FunctionalInterface
	private interface HeaderReader<T> {

		T read(ImageReader reader, int width, int height) throws IOException;

	}

}
