package org.dastan.core.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;

/**
 * Keeps image files in the media directory under names the server chooses, with narrower
 * variants beside each original for responsive pages.
 */
@Component
public class MediaStorage {

	/** The widths public pages offer in {@code srcset}, besides the original. */
	public static final List<Integer> VARIANT_WIDTHS = List.of(480, 800);

	private static final float JPEG_QUALITY = 0.85f;

	private final Path directory;

	MediaStorage(NewsroomProperties properties) {
		this.directory = Path.of(properties.mediaDir()).toAbsolutePath().normalize();
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * Stores the image as JPEG with its variants and returns the (unsaved) media entry
	 * describing it.
	 */
	public Media storeJpeg(BufferedImage image, String altText) {
		String name = UUID.randomUUID().toString();
		try {
			Files.createDirectories(this.directory);
			byte[] original = jpeg(image);
			Files.write(this.directory.resolve(name + ".jpg"), original);
			List<Integer> variants = new ArrayList<>();
			for (int width : VARIANT_WIDTHS) {
				if (width < image.getWidth()) {
					Files.write(this.directory.resolve(name + "-" + width + ".jpg"), jpeg(scaled(image, width)));
					variants.add(width);
				}
			}
			Media media = new Media(name + ".jpg", "image/jpeg", original.length, image.getWidth(), image.getHeight(),
					altText);
			media.setVariantWidths(variants);
			return media;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store image " + name, ex);
		}
	}

	private static BufferedImage scaled(BufferedImage image, int width) {
		int height = Math.round((float) image.getHeight() * width / image.getWidth());
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return scaled;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
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

}
