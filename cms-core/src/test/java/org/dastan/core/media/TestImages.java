package org.dastan.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/**
 * Image files made in code, byte by byte where ImageIO cannot write them (WebP, EXIF, a
 * decompression bomb).
 */
public final class TestImages {

	public static final String CAMERA = "DastanSecretCam";

	private TestImages() {
	}

	/** A picture whose left half is red and right half blue. */
	public static BufferedImage halves(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	/** An opaque picture with a transparent square in its top-left corner. */
	public static BufferedImage withHole(int width, int height) {
		BufferedImage image = halves(width, height, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < 10; y++) {
			for (int x = 0; x < 10; x++) {
				image.setRGB(x, y, 0);
			}
		}
		return image;
	}

	public static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A JPEG carrying an EXIF block with a camera make, a GPS position and the given
	 * orientation, placed after the JFIF header as cameras' JPEGs often have it.
	 */
	public static byte[] jpegWithExif(BufferedImage image, int orientation) {
		byte[] jpeg = write(image, "jpeg");
		int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		byte[] exif = exif(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, afterApp0);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.writeBytes(exif);
		out.write(jpeg, afterApp0, jpeg.length - afterApp0);
		return out.toByteArray();
	}

	// "Exif\0\0" and a little-endian TIFF structure: IFD0 (make, orientation, GPS
	// pointer), the make's text, the GPS IFD (latitude reference and latitude) and the
	// latitude's three rationals.
	private static byte[] exif(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(120).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put(new byte[] { 'I', 'I', 42, 0 }).putInt(8);
		tiff.putShort((short) 3);
		entry(tiff, 0x010F, 2, CAMERA.length() + 1, 50);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, 66);
		tiff.putInt(0);
		tiff.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII));
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		entry(tiff, 2, 5, 3, 96);
		tiff.putInt(0);
		tiff.putInt(43).putInt(1).putInt(15).putInt(1).putInt(30).putInt(1);
		byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		byte[] all = Arrays.copyOf(header, header.length + tiff.capacity());
		System.arraycopy(tiff.array(), 0, all, header.length, tiff.capacity());
		return all;
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	/**
	 * A lossless WebP of one colour. Every prefix code holds a single symbol, so each
	 * pixel takes no bits at all: the file stays tiny at any size.
	 */
	public static byte[] webp(int width, int height, int argb) {
		Bits bits = new Bits();
		bits.put(0x2F, 8);
		bits.put(width - 1, 14);
		bits.put(height - 1, 14);
		bits.put(((argb >>> 24) != 0xFF) ? 1 : 0, 1);
		bits.put(0, 3);
		// No transform, no colour cache, no meta prefix codes.
		bits.put(0, 3);
		int[] symbols = { (argb >>> 8) & 0xFF, (argb >>> 16) & 0xFF, argb & 0xFF, argb >>> 24, 0 };
		for (int symbol : symbols) {
			// A simple code with one symbol of eight bits.
			bits.put(1, 1);
			bits.put(0, 1);
			bits.put(1, 1);
			bits.put(symbol, 8);
		}
		byte[] data = bits.bytes();
		int padded = data.length + (data.length % 2);
		ByteBuffer file = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
		file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
		file.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return file.array();
	}

	/**
	 * A valid PNG of the given size, black and white, whose pixels are all zero: it
	 * compresses to little, but decoding it would take width × height pixels of memory.
	 */
	public static byte[] pngBomb(int width, int height) {
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 1, 0, 0, 0, 0 });
			chunk(png, "IHDR", header.array());
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (OutputStream pixels = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
				byte[] row = new byte[1 + (width + 7) / 8];
				for (int y = 0; y < height; y++) {
					pixels.write(row);
				}
			}
			chunk(png, "IDAT", compressed.toByteArray());
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(typeBytes);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

	/** Bits packed least significant first, as VP8L reads them. */
	private static final class Bits {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int count;

		void put(int value, int length) {
			for (int i = 0; i < length; i++) {
				this.current |= ((value >>> i) & 1) << this.count;
				if (++this.count == 8) {
					this.out.write(this.current);
					this.current = 0;
					this.count = 0;
				}
			}
		}

		byte[] bytes() {
			if (this.count > 0) {
				this.out.write(this.current);
			}
			return this.out.toByteArray();
		}

	}

}
