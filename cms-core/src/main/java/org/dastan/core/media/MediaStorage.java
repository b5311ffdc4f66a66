package org.dastan.core.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.media.internal.StoredFormat;
import org.dastan.core.media.model.Media;

/**
 * Keeps image files in the media directory under names the server chooses, with narrower
 * variants beside each original for responsive pages. It is the one place that writes or
 * removes those files.
 */
@Component
public class MediaStorage {

	/** The widths public pages offer in {@code srcset}, besides the original. */
	public static final List<Integer> VARIANT_WIDTHS = List.of(480, 800, 1200, 1600);

	private static final float JPEG_QUALITY = 0.85f;

	private static final Logger logger = LoggerFactory.getLogger(MediaStorage.class);

	private final Path directory;

	MediaStorage(NewsroomProperties properties) {
		this.directory = Path.of(properties.mediaDir()).toAbsolutePath().normalize();
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * Stores the image in the given format with its variants, encoded afresh so that
	 * nothing but pixels is written, and returns the (unsaved) media entry describing it.
	 */
	Media store(BufferedImage image, StoredFormat format, String altText) {
		String name = UUID.randomUUID().toString();
		String fileName = name + "." + format.extension();
		List<Integer> variants = new ArrayList<>();
		try {
			Files.createDirectories(this.directory);
			byte[] original = encode(image, format);
			Files.write(this.directory.resolve(fileName), original);
			for (int width : VARIANT_WIDTHS) {
				if (width < image.getWidth()) {
					Files.write(this.directory.resolve(variantName(fileName, width)),
							encode(scaled(image, width, format), format));
					variants.add(width);
				}
			}
			Media media = new Media(fileName, format.contentType(), original.length, image.getWidth(),
					image.getHeight(), altText);
			media.setVariantWidths(variants);
			return media;
		}
		catch (IOException ex) {
			deleteFiles(fileName, variants);
			throw new UncheckedIOException("Could not store image " + name, ex);
		}
	}

	/**
	 * Removes the files of the image and its variants. A file that cannot be removed is
	 * logged and left: nothing links to it any more.
	 */
	void delete(Media media) {
		deleteFiles(media.getFileName(), media.getVariantWidths());
	}

	/**
	 * The stored picture cut to the given region and scaled down to fit the given size,
	 * as JPEG: for pages that need a picture of a fixed shape, such as Open Graph cards.
	 * @throws java.nio.file.NoSuchFileException if the file is not in the media directory
	 */
	public byte[] crop(String fileName, FocalPoint.Region region, int maxWidth, int maxHeight) throws IOException {
		Path file = this.directory.resolve(fileName).normalize();
		if (!file.getParent().equals(this.directory) || !Files.isRegularFile(file)) {
			throw new NoSuchFileException(fileName);
		}
		BufferedImage image = ImageIO.read(file.toFile());
		if (image == null) {
			throw new IOException("Not a picture: " + fileName);
		}
		BufferedImage cut = Thumbnails.of(image)
			.sourceRegion(region.x(), region.y(), region.width(), region.height())
			.size(Math.min(maxWidth, region.width()), Math.min(maxHeight, region.height()))
			.imageType(BufferedImage.TYPE_INT_RGB)
			.asBufferedImage();
		return jpeg(cut);
	}

	/** The name of a variant: {@code <name>-<width>.<ext>} beside the original. */
	public static String variantName(String fileName, int width) {
		int dot = fileName.lastIndexOf('.');
		return (dot > 0) ? fileName.substring(0, dot) + "-" + width + fileName.substring(dot) : fileName + "-" + width;
	}

	private void deleteFiles(String fileName, List<Integer> variantWidths) {
		List<String> names = new ArrayList<>();
		names.add(fileName);
		variantWidths.forEach((width) -> names.add(variantName(fileName, width)));
		for (String name : names) {
			Path file = this.directory.resolve(name).normalize();
			try {
				if (file.getParent().equals(this.directory)) {
					Files.deleteIfExists(file);
				}
			}
			catch (IOException ex) {
				logger.warn("Could not delete the media file {}", file, ex);
			}
		}
	}

	private static BufferedImage scaled(BufferedImage image, int width, StoredFormat format) throws IOException {
		return Thumbnails.of(image)
			.width(width)
			.imageType((format == StoredFormat.PNG) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
			.asBufferedImage();
	}

	private static byte[] encode(BufferedImage image, StoredFormat format) throws IOException {
		return (format == StoredFormat.PNG) ? png(image) : jpeg(image);
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", bytes)) {
			throw new IOException("No PNG writer");
		}
		return bytes.toByteArray();
	}

	private static byte[] jpeg(BufferedImage picture) throws IOException {
		BufferedImage image = inJpegLayout(picture);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * The picture as three bytes a pixel, the layout the JPEG writer reads: given ints,
	 * it converts them pixel by pixel in Java, where one native copy is about twice as
	 * fast and writes the same file.
	 */
	private static BufferedImage inJpegLayout(BufferedImage picture) {
		if (picture.getType() != BufferedImage.TYPE_INT_RGB) {
			return picture;
		}
		BufferedImage bytes = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = bytes.createGraphics();
		try {
			graphics.drawImage(picture, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return bytes;
	}

}
