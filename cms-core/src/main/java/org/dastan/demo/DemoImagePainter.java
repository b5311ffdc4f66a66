package org.dastan.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Paints the featured images and author portraits of the demo newsroom.
 * <p>
 * The demo newsroom ships no binary images; it paints them. Each picture is a flat
 * illustration drawn with Java2D from a scene name and a seed: the seed picks the time of
 * day, the positions and the shapes, so two articles sharing a scene still look different
 * while the same seed always yields the same pixels. Only the JDK is used and nothing
 * needs a display, so painting works with {@code java.awt.headless=true}.
 */
public final class DemoImagePainter {

	private static final Palette[] PALETTES = {
			new Palette("morning", rgb(0x74ABE0), rgb(0xFCE1C2), rgb(0xFFF3D6), rgb(0xFFD2A6), 0.10, 1.0, false),
			new Palette("noon", rgb(0x3C86D4), rgb(0xBFE4F6), rgb(0xFFFBE6), rgb(0xFFFFFF), 0.04, 1.04, false),
			new Palette("golden", rgb(0x5E7FB5), rgb(0xF8C987), rgb(0xFFE49A), rgb(0xFFBE70), 0.16, 0.97, false),
			new Palette("sunset", rgb(0x343E7A), rgb(0xF38E68), rgb(0xFFC07A), rgb(0xE0706A), 0.24, 0.82, false),
			new Palette("night", rgb(0x0A1633), rgb(0x2E4A78), rgb(0xF3F0DC), rgb(0x243C70), 0.45, 0.50, true) };

	private static final int[] PALETTE_CHOICES = { 0, 0, 1, 1, 1, 2, 2, 3, 3, 4 };

	private static final Color[] PORTRAIT_BACKGROUNDS = { rgb(0xF6C89F), rgb(0xA8D5BA), rgb(0x9CC3E6), rgb(0xD7B8E8),
			rgb(0xF2A9A0), rgb(0xF4E19C), rgb(0x9FD8D6), rgb(0xC9D6A3) };

	private static final Color[] SKIN_TONES = { rgb(0xF6D5BC), rgb(0xEFC19E), rgb(0xE0A882), rgb(0xC98B62),
			rgb(0xA86E4A), rgb(0x7E5036) };

	private static final Color[] HAIR_COLOURS = { rgb(0x2B2320), rgb(0x4A3426), rgb(0x6E4B33), rgb(0x9A6B3F),
			rgb(0xC9A15E), rgb(0x8A8580), rgb(0x1E1B26) };

	private static final Color[] CLOTHING_COLOURS = { rgb(0x2F5D8A), rgb(0x3E7D5A), rgb(0x8C3B4A), rgb(0x4B4F6B),
			rgb(0xC4713B), rgb(0x5E6E78), rgb(0x6A4C93), rgb(0x2E7F86) };

	private static final Color[] BUILDING_COLOURS = { rgb(0xB9A79A), rgb(0x8FA3B5), rgb(0xC7B08A), rgb(0x9C8F86),
			rgb(0x7F94A6), rgb(0xB58C76), rgb(0xA9B3BC) };

	private static final Color[][] CROPS = { { rgb(0xE6C462), rgb(0xD4A84A) }, { rgb(0x86B558), rgb(0x6E9E46) },
			{ rgb(0xEDD24A), rgb(0xD9BC32) }, { rgb(0x9C7457), rgb(0x875F45) }, { rgb(0xA6C46A), rgb(0x8FB058) },
			{ rgb(0xA89AC9), rgb(0x9385B8) } };

	private static final Color SNOW = rgb(0xF7F9FC);

	private static final Color FOLIAGE = rgb(0x4F8A4A);

	private static final Color PINE = rgb(0x2F6B4F);

	private static final Color TRUNK = rgb(0x6B4A32);

	private DemoImagePainter() {
	}

	/**
	 * Paints a landscape illustration for a demo article.
	 * @param scene one of {@code steppe}, {@code mountains}, {@code city}, {@code water},
	 * {@code desert} or {@code fields}; anything else paints the steppe
	 * @param seed varies the time of day, positions and shapes; the same seed always
	 * gives the same image
	 * @param width the image width in pixels
	 * @param height the image height in pixels
	 * @return an RGB image of the requested size
	 */
	public static BufferedImage paintScene(String scene, long seed, int width, int height) {
		requirePositive(width, "width");
		requirePositive(height, "height");
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = createGraphics(image);
		try {
			Random rnd = new Random(scramble(seed));
			Palette palette = PALETTES[PALETTE_CHOICES[rnd.nextInt(PALETTE_CHOICES.length)]];
			boolean low = "golden".equals(palette.name()) || "sunset".equals(palette.name());
			double sunX = width * (0.12 + rnd.nextDouble() * 0.76);
			double sunY = height * (low ? 0.28 + rnd.nextDouble() * 0.1 : 0.1 + rnd.nextDouble() * 0.16);
			Canvas canvas = new Canvas(g, rnd, palette, width, height, sunX, sunY);
			switch (normalise(scene)) {
				case "mountains" -> paintMountains(canvas);
				case "city" -> paintCity(canvas);
				case "water" -> paintWater(canvas);
				case "desert" -> paintDesert(canvas);
				case "fields" -> paintFields(canvas);
				default -> paintSteppe(canvas);
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * Paints a friendly, generic portrait avatar with the person's initials in a corner
	 * badge.
	 * @param name the person's name, used for the initials only
	 * @param seed varies the colours and the hair style; the same seed always gives the
	 * same image
	 * @param size the width and height of the square image in pixels
	 * @return a square RGB image
	 */
	public static BufferedImage paintPortrait(String name, long seed, int size) {
		requirePositive(size, "size");
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = createGraphics(image);
		try {
			Random rnd = new Random(scramble(seed));
			Color background = pick(rnd, PORTRAIT_BACKGROUNDS);
			Person person = new Person(pick(rnd, SKIN_TONES), pick(rnd, HAIR_COLOURS), pick(rnd, CLOTHING_COLOURS),
					rnd.nextInt(5), rnd.nextInt(4) == 0, rnd.nextInt(5) == 0);
			paintPortraitBackground(g, background, size);
			paintLongHairBack(g, person, size);
			paintShoulders(g, person, size);
			paintHead(g, person, size);
			paintHairFront(g, person, size);
			paintFace(g, person, size);
			paintInitialsBadge(g, initials(name), mix(background, Color.BLACK, 0.45), size);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * Encodes an image as a baseline JPEG.
	 * @param image the image to encode; anything other than {@code TYPE_INT_RGB} is
	 * converted first
	 * @param quality the JPEG quality between 0 and 1
	 * @return the JPEG bytes
	 */
	public static byte[] toJpeg(BufferedImage image, float quality) {
		if (quality < 0 || quality > 1) {
			throw new IllegalArgumentException("JPEG quality must be between 0 and 1, was " + quality);
		}
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		if (!writers.hasNext()) {
			throw new IllegalStateException("No JPEG image writer available");
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.setOutput(output);
			writer.write(null, new IIOImage(toRgb(image), null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode JPEG", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static void paintSteppe(Canvas c) {
		double horizon = c.height() * (0.5 + c.rnd().nextDouble() * 0.08);
		paintSky(c, horizon);
		paintClouds(c, horizon);
		Profile range = mountainProfile(c, horizon, c.height() * 0.08, c.height() * 0.16, 6 + c.rnd().nextInt(3));
		paintRange(c, range, rgb(0x8C9AB0), 0.6, 0.42);
		Profile far = hillProfile(c, horizon + c.height() * 0.02, c.height() * 0.04, 2.5);
		paintHills(c, far, rgb(0x9DB56A), 0.42);
		Profile middle = hillProfile(c, horizon + c.height() * 0.12, c.height() * 0.06, 1.6);
		paintHills(c, middle, rgb(0xB3BD62), 0.18);
		paintYurts(c, middle, 2 + c.rnd().nextInt(2));
		paintFlock(c, middle);
		Profile near = hillProfile(c, c.height() * 0.86, c.height() * 0.06, 1.1);
		paintHills(c, near, rgb(0xA7B152), 0.0);
		paintGrass(c, near, rgb(0x7F8F3C));
	}

	private static void paintMountains(Canvas c) {
		double horizon = c.height() * (0.62 + c.rnd().nextDouble() * 0.08);
		paintSky(c, horizon);
		paintClouds(c, horizon * 0.6);
		Profile far = mountainProfile(c, horizon, c.height() * 0.28, c.height() * 0.44, 4 + c.rnd().nextInt(3));
		paintRange(c, far, rgb(0x7E8FAE), 0.5, 0.55);
		Profile middle = mountainProfile(c, horizon + c.height() * 0.05, c.height() * 0.16, c.height() * 0.3,
				3 + c.rnd().nextInt(3));
		paintRange(c, middle, rgb(0x66788F), 0.25, 0.6);
		Profile forest = hillProfile(c, horizon + c.height() * 0.1, c.height() * 0.05, 2.0);
		paintHills(c, forest, rgb(0x3F6E55), 0.12);
		paintForest(c, forest, 0.05);
		Profile meadow = hillProfile(c, c.height() * 0.88, c.height() * 0.05, 1.2);
		paintHills(c, meadow, rgb(0x7FAE5A), 0.0);
		paintPines(c, meadow, 2 + c.rnd().nextInt(3));
	}

	private static void paintCity(Canvas c) {
		double ground = c.height() * (0.8 + c.rnd().nextDouble() * 0.05);
		paintSky(c, ground);
		paintClouds(c, ground * 0.5);
		if (c.rnd().nextBoolean()) {
			Profile range = mountainProfile(c, ground - c.height() * 0.2, c.height() * 0.14, c.height() * 0.26, 5);
			paintRange(c, range, rgb(0x8797B2), 0.55, 0.55);
		}
		paintSkyline(c, ground, 0.45, 0.55);
		paintTower(c, ground);
		paintSkyline(c, ground, 0.0, 1.0);
		paintStreet(c, ground);
	}

	private static void paintWater(Canvas c) {
		double horizon = c.height() * (0.52 + c.rnd().nextDouble() * 0.08);
		paintSky(c, horizon);
		paintClouds(c, horizon * 0.7);
		Color waterColour = shade(c, rgb(0x2E7FA8));
		Rectangle2D water = new Rectangle2D.Double(0, horizon, c.width(), c.height() - horizon);
		fillGradient(c.g(), water, mix(c.palette().skyBottom(), waterColour, 0.55), mix(waterColour, Color.BLACK, 0.25),
				horizon, c.height());
		Profile shore = c.rnd().nextBoolean()
				? mountainProfile(c, horizon, c.height() * 0.14, c.height() * 0.26, 4 + c.rnd().nextInt(3))
				: hillProfile(c, horizon - c.height() * 0.04, c.height() * 0.04, 1.8);
		paintReflection(c, shore, horizon, mix(haze(c, rgb(0x5E7E86), 0.35), waterColour, 0.45));
		Shape clip = c.g().getClip();
		c.g().clip(new Rectangle2D.Double(0, 0, c.width(), horizon));
		paintRange(c, shore, rgb(0x5E7E86), 0.35, 0.62);
		c.g().setClip(clip);
		paintSunGlitter(c, horizon);
		paintRipples(c, horizon);
		boolean bankOnLeft = c.rnd().nextBoolean();
		paintSailboat(c, horizon, bankOnLeft);
		paintShoreBank(c, bankOnLeft);
	}

	private static void paintDesert(Canvas c) {
		double horizon = c.height() * (0.55 + c.rnd().nextDouble() * 0.08);
		paintSky(c, horizon);
		Profile far = duneProfile(c, horizon, c.height() * 0.07, 2.0);
		paintDunes(c, far, rgb(0xE9B780), 0.5);
		Profile middle = duneProfile(c, horizon + c.height() * 0.12, c.height() * 0.13, 1.3);
		paintDunes(c, middle, rgb(0xE7A865), 0.22);
		paintCaravan(c, middle);
		Profile near = duneProfile(c, c.height() * 0.9, c.height() * 0.2, 0.8);
		paintDunes(c, near, rgb(0xF0BC76), 0.0);
		paintShrubs(c, near);
	}

	private static void paintFields(Canvas c) {
		double horizon = c.height() * (0.46 + c.rnd().nextDouble() * 0.08);
		paintSky(c, horizon);
		paintClouds(c, horizon);
		Profile far = hillProfile(c, horizon - c.height() * 0.03, c.height() * 0.05, 2.0);
		paintHills(c, far, rgb(0x7FA070), 0.5);
		double[] bounds = { horizon, horizon + (c.height() - horizon) * 0.16, horizon + (c.height() - horizon) * 0.42,
				c.height() };
		for (int i = 0; i < bounds.length - 1; i++) {
			double depth = 0.3 * (bounds.length - 2 - i) / (bounds.length - 2);
			paintFieldZone(c, bounds[i], bounds[i + 1], horizon, depth);
		}
		paintPoplars(c, bounds[1], c.height() * 0.11, 0.22);
		paintFarmhouse(c, bounds[1]);
		paintPoplars(c, bounds[2], c.height() * 0.2, 0.08);
	}

	private static void paintSky(Canvas c, double horizon) {
		Palette p = c.palette();
		fillGradient(c.g(), new Rectangle2D.Double(0, 0, c.width(), c.height()), p.skyTop(), p.skyBottom(), 0, horizon);
		if (p.night()) {
			paintStars(c, horizon);
		}
		paintSun(c);
	}

	private static void paintStars(Canvas c, double horizon) {
		int count = 40 + c.rnd().nextInt(60);
		double unit = Math.max(1, c.height() / 300.0);
		for (int i = 0; i < count; i++) {
			double x = c.rnd().nextDouble() * c.width();
			double y = c.rnd().nextDouble() * horizon * 0.75;
			double r = unit * (0.4 + c.rnd().nextDouble() * 0.8);
			c.g().setColor(new Color(255, 255, 240, 120 + c.rnd().nextInt(135)));
			c.g().fill(new Ellipse2D.Double(x - r, y - r, r * 2, r * 2));
		}
	}

	private static void paintSun(Canvas c) {
		Palette p = c.palette();
		double r = Math.min(c.width(), c.height()) * (p.night() ? 0.045 : 0.06);
		float glow = (float) (r * (p.night() ? 3.5 : 5));
		c.g()
			.setPaint(new RadialGradientPaint((float) c.sunX(), (float) c.sunY(), glow, new float[] { 0f, 1f },
					new Color[] { withAlpha(p.sun(), p.night() ? 70 : 150), withAlpha(p.sun(), 0) }));
		c.g().fill(new Ellipse2D.Double(c.sunX() - glow, c.sunY() - glow, glow * 2, glow * 2));
		Area disc = new Area(new Ellipse2D.Double(c.sunX() - r, c.sunY() - r, r * 2, r * 2));
		if (p.night()) {
			disc.subtract(new Area(new Ellipse2D.Double(c.sunX() - r * 0.45, c.sunY() - r * 1.15, r * 2, r * 2)));
		}
		c.g().setColor(p.sun());
		c.g().fill(disc);
	}

	private static void paintClouds(Canvas c, double maxY) {
		Palette p = c.palette();
		Color colour = p.night() ? withAlpha(mix(p.skyTop(), Color.WHITE, 0.2), 110)
				: withAlpha(mix(Color.WHITE, p.skyBottom(), 0.25), 240);
		int count = 2 + c.rnd().nextInt(3);
		for (int i = 0; i < count; i++) {
			double size = c.width() * (0.05 + c.rnd().nextDouble() * 0.05);
			double x = c.width() * (i + 0.2 + c.rnd().nextDouble() * 0.6) / count;
			double y = size * 0.9 + maxY * (0.05 + c.rnd().nextDouble() * 0.35);
			if (Math.abs(x - c.sunX()) < size * 1.6 && Math.abs(y - c.sunY()) < size * 1.2) {
				x += (x < c.sunX() ? -1 : 1) * size * 1.6;
			}
			c.g().setColor(colour);
			c.g().fill(cloud(c.rnd(), x, y, size));
		}
	}

	private static Shape cloud(Random rnd, double cx, double cy, double size) {
		double baseHeight = size * 0.36;
		Area cloud = new Area(
				new RoundRectangle2D.Double(cx - size, cy - baseHeight, size * 2, baseHeight, baseHeight, baseHeight));
		int puffs = 3 + rnd.nextInt(2);
		for (int i = 0; i < puffs; i++) {
			double px = cx - size * 0.6 + size * 1.2 * i / (puffs - 1);
			double pr = size * (0.3 + rnd.nextDouble() * 0.25) * (i == 0 || i == puffs - 1 ? 0.8 : 1.1);
			cloud.add(new Area(new Ellipse2D.Double(px - pr, cy - baseHeight * 0.5 - pr, pr * 2, pr * 2)));
		}
		cloud.intersect(new Area(new Rectangle2D.Double(cx - size * 2, cy - size * 3, size * 4, size * 3)));
		return cloud;
	}

	private static Profile hillProfile(Canvas c, double baseY, double amplitude, double waves) {
		Random rnd = c.rnd();
		double[] freq = new double[3];
		double[] phase = new double[3];
		for (int i = 0; i < 3; i++) {
			freq[i] = waves * (i + 1) * (0.7 + rnd.nextDouble() * 0.6) * 2 * Math.PI / c.width();
			phase[i] = rnd.nextDouble() * 2 * Math.PI;
		}
		int steps = 120;
		double[] xs = new double[steps + 1];
		double[] ys = new double[steps + 1];
		for (int i = 0; i <= steps; i++) {
			double x = c.width() * (double) i / steps;
			double wave = 0.6 * Math.sin(x * freq[0] + phase[0]) + 0.28 * Math.sin(x * freq[1] + phase[1])
					+ 0.12 * Math.sin(x * freq[2] + phase[2]);
			xs[i] = x;
			ys[i] = baseY - amplitude * wave;
		}
		return new Profile(xs, ys, new int[0]);
	}

	private static Profile mountainProfile(Canvas c, double baseY, double minHeight, double maxHeight, int peaks) {
		Random rnd = c.rnd();
		int main = peaks * 2 + 1;
		double step = c.width() * 1.2 / (main - 1);
		double[] xs = new double[(main - 1) * 3 + 1];
		double[] ys = new double[xs.length];
		int[] crests = new int[peaks];
		double previousX = -c.width() * 0.1;
		double previousY = baseY - rnd.nextDouble() * minHeight * 0.4;
		xs[0] = previousX;
		ys[0] = previousY;
		for (int i = 1; i < main; i++) {
			boolean peak = i % 2 == 1;
			double x = -c.width() * 0.1 + i * step + (rnd.nextDouble() - 0.5) * step * 0.5;
			double y = peak ? baseY - minHeight - rnd.nextDouble() * (maxHeight - minHeight)
					: baseY - minHeight * (0.15 + rnd.nextDouble() * 0.35);
			for (int k = 1; k <= 2; k++) {
				double t = k / 3.0;
				int index = (i - 1) * 3 + k;
				xs[index] = previousX + (x - previousX) * t;
				ys[index] = previousY + (y - previousY) * t + (rnd.nextDouble() - 0.5) * Math.abs(y - previousY) * 0.12;
			}
			xs[i * 3] = x;
			ys[i * 3] = y;
			if (peak) {
				crests[i / 2] = i * 3;
			}
			previousX = x;
			previousY = y;
		}
		return new Profile(xs, ys, crests);
	}

	private static Profile duneProfile(Canvas c, double baseY, double amplitude, double waves) {
		Random rnd = c.rnd();
		double freq = waves * (0.8 + rnd.nextDouble() * 0.4) * 2 * Math.PI / c.width();
		double phase = rnd.nextDouble() * 2 * Math.PI;
		double swell = rnd.nextDouble() * 2 * Math.PI;
		int steps = 240;
		double[] xs = new double[steps + 1];
		double[] ys = new double[steps + 1];
		for (int i = 0; i <= steps; i++) {
			double x = c.width() * (double) i / steps;
			double theta = x * freq + phase;
			double skewed = theta + 0.45 * Math.sin(theta * 2);
			double height = 1 - Math.abs(Math.cos(skewed));
			double variation = 0.65 + 0.35 * Math.sin(x * freq * 0.37 + swell);
			xs[i] = x;
			ys[i] = baseY - amplitude * height * variation;
		}
		int[] crests = new int[steps];
		int count = 0;
		for (int i = 1; i < steps; i++) {
			if (ys[i] < ys[i - 1] && ys[i] <= ys[i + 1]) {
				crests[count++] = i;
			}
		}
		return new Profile(xs, ys, Arrays.copyOf(crests, count));
	}

	private static void paintHills(Canvas c, Profile hills, Color colour, double depth) {
		Color base = haze(c, colour, depth);
		Shape shape = hills.shape(c.height());
		double top = hills.top();
		fillGradient(c.g(), shape, mix(base, Color.WHITE, 0.08), mix(base, Color.BLACK, 0.12), top, c.height());
	}

	private static void paintRange(Canvas c, Profile range, Color rock, double depth, double snowFraction) {
		Shape shape = range.shape(c.height());
		c.g().setColor(haze(c, rock, depth));
		c.g().fill(shape);
		Shape clip = c.g().getClip();
		c.g().clip(shape);
		paintSnowCaps(c, range, snowFraction, haze(c, SNOW, depth * 0.5));
		paintFacets(c, range, withAlpha(mix(c.palette().skyTop(), Color.BLACK, 0.35), 70));
		c.g().setClip(clip);
	}

	private static void paintSnowCaps(Canvas c, Profile range, double snowFraction, Color snow) {
		double bottom = range.bottom();
		for (int crest : range.crests()) {
			double peakX = range.xs()[crest];
			double peakY = range.ys()[crest];
			double snowLine = peakY + (bottom - peakY) * snowFraction * 0.55;
			if (bottom - peakY < c.height() * 0.12) {
				continue;
			}
			double halfWidth = c.width() * 0.25;
			Path2D cap = new Path2D.Double();
			cap.moveTo(peakX - halfWidth, peakY - 1);
			cap.lineTo(peakX + halfWidth, peakY - 1);
			int teeth = 10;
			for (int i = teeth; i >= 0; i--) {
				double x = peakX - halfWidth + 2 * halfWidth * i / teeth;
				double drop = (i % 2 == 0 ? 1 : -1) * (bottom - peakY) * 0.05 * (0.5 + c.rnd().nextDouble());
				cap.lineTo(x, snowLine + drop);
			}
			cap.closePath();
			c.g().setColor(snow);
			c.g().fill(cap);
		}
	}

	private static void paintFacets(Canvas c, Profile profile, Color shadow) {
		boolean lightFromLeft = c.sunX() < c.width() / 2.0;
		double[] xs = profile.xs();
		double[] ys = profile.ys();
		int[] crests = profile.crests();
		for (int n = 0; n < crests.length; n++) {
			int crest = crests[n];
			int limit = lightFromLeft ? (n + 1 < crests.length ? crests[n + 1] : xs.length - 1)
					: (n > 0 ? crests[n - 1] : 0);
			int direction = lightFromLeft ? 1 : -1;
			int trough = crest;
			for (int i = crest; i != limit + direction; i += direction) {
				if (ys[i] > ys[trough]) {
					trough = i;
				}
			}
			if (trough == crest) {
				continue;
			}
			Path2D face = new Path2D.Double();
			face.moveTo(xs[crest], ys[crest]);
			for (int i = crest + direction; i != trough + direction; i += direction) {
				face.lineTo(xs[i], ys[i]);
			}
			face.lineTo(xs[trough], c.height());
			face.lineTo(xs[crest] + (xs[trough] - xs[crest]) * 0.3, c.height());
			face.closePath();
			c.g().setColor(shadow);
			c.g().fill(face);
		}
	}

	private static void paintDunes(Canvas c, Profile dunes, Color sand, double depth) {
		Shape shape = dunes.shape(c.height());
		Color base = haze(c, sand, depth);
		fillGradient(c.g(), shape, mix(base, Color.WHITE, 0.12), base, dunes.top(), c.height());
		Color shadow = mix(mix(base, shade(c, rgb(0xA4553A)), 0.3), c.palette().skyTop(), 0.12);
		boolean lightFromLeft = c.sunX() < c.width() / 2.0;
		for (int crest : dunes.crests()) {
			paintSlipFace(c, dunes, crest, lightFromLeft ? 1 : -1, shadow);
		}
	}

	private static void paintSlipFace(Canvas c, Profile dunes, int crest, int direction, Color shadow) {
		double[] xs = dunes.xs();
		double[] ys = dunes.ys();
		int trough = crest;
		while (trough + direction >= 0 && trough + direction < xs.length && ys[trough + direction] >= ys[trough]) {
			trough += direction;
		}
		if (trough == crest) {
			return;
		}
		Path2D face = new Path2D.Double();
		face.moveTo(xs[crest], ys[crest]);
		for (int i = crest + direction; i != trough + direction; i += direction) {
			face.lineTo(xs[i], ys[i]);
		}
		double drop = (ys[trough] - ys[crest]) * 1.2;
		face.quadTo(xs[crest] + (xs[trough] - xs[crest]) * 0.3, ys[trough] + drop, xs[crest], ys[crest]);
		face.closePath();
		c.g().setColor(shadow);
		c.g().fill(face);
	}

	private static void paintReflection(Canvas c, Profile shore, double horizon, Color colour) {
		Graphics2D g = c.g();
		AffineTransform transform = g.getTransform();
		Shape clip = g.getClip();
		g.clip(new Rectangle2D.Double(0, horizon, c.width(), c.height() - horizon));
		g.translate(0, horizon * 2);
		g.scale(1, -1);
		g.setColor(withAlpha(colour, 150));
		g.fill(shore.shape(horizon + (horizon - shore.top()) * 2));
		g.setTransform(transform);
		g.setClip(clip);
	}

	private static void paintSunGlitter(Canvas c, double horizon) {
		double step = Math.max(2, c.height() / 80.0);
		Color glitter = mix(c.palette().sun(), Color.WHITE, 0.3);
		for (double y = horizon + step; y < c.height(); y += step * (1 + c.rnd().nextDouble())) {
			double spread = c.width() * (0.03 + 0.1 * (y - horizon) / (c.height() - horizon));
			double length = spread * (0.3 + c.rnd().nextDouble() * 0.7);
			double x = c.sunX() + (c.rnd().nextDouble() - 0.5) * spread;
			int alpha = (int) (160 * (1 - 0.6 * (y - horizon) / (c.height() - horizon)));
			c.g().setColor(withAlpha(glitter, c.palette().night() ? alpha / 2 : alpha));
			c.g().fill(new RoundRectangle2D.Double(x - length / 2, y, length, step * 0.45, step * 0.45, step * 0.45));
		}
	}

	private static void paintRipples(Canvas c, double horizon) {
		Color ripple = withAlpha(mix(c.palette().skyBottom(), Color.WHITE, 0.4), 70);
		c.g().setColor(ripple);
		int count = 30 + c.rnd().nextInt(20);
		for (int i = 0; i < count; i++) {
			double t = c.rnd().nextDouble();
			double y = horizon + (c.height() - horizon) * (0.05 + 0.95 * t * t);
			double length = c.width() * (0.01 + 0.05 * t) * (0.5 + c.rnd().nextDouble());
			double x = c.rnd().nextDouble() * c.width();
			double thickness = Math.max(1, c.height() / 400.0 * (1 + 2 * t));
			c.g().fill(new RoundRectangle2D.Double(x, y, length, thickness, thickness, thickness));
		}
	}

	private static void paintSailboat(Canvas c, double horizon, boolean bankOnLeft) {
		double size = c.height() * 0.08;
		double x = c.width() * ((bankOnLeft ? 0.45 : 0.15) + c.rnd().nextDouble() * 0.4);
		double y = horizon + (c.height() - horizon) * (0.25 + c.rnd().nextDouble() * 0.2);
		Path2D hull = new Path2D.Double();
		hull.moveTo(x - size * 0.6, y);
		hull.lineTo(x + size * 0.6, y);
		hull.lineTo(x + size * 0.42, y + size * 0.18);
		hull.lineTo(x - size * 0.42, y + size * 0.18);
		hull.closePath();
		Path2D sail = new Path2D.Double();
		sail.moveTo(x + size * 0.02, y - size * 1.1);
		sail.lineTo(x + size * 0.5, y - size * 0.08);
		sail.lineTo(x + size * 0.02, y - size * 0.08);
		sail.closePath();
		Path2D jib = new Path2D.Double();
		jib.moveTo(x - size * 0.04, y - size * 0.95);
		jib.lineTo(x - size * 0.04, y - size * 0.08);
		jib.lineTo(x - size * 0.42, y - size * 0.08);
		jib.closePath();
		Graphics2D g = c.g();
		g.setColor(withAlpha(Color.BLACK, 40));
		g.fill(new Ellipse2D.Double(x - size * 0.7, y + size * 0.12, size * 1.4, size * 0.16));
		g.setColor(shade(c, rgb(0x8A4B32)));
		g.fill(hull);
		g.setColor(shade(c, rgb(0xFBF6EC)));
		g.fill(sail);
		g.setColor(shade(c, rgb(0xE8DCC8)));
		g.fill(jib);
	}

	private static void paintShoreBank(Canvas c, boolean left) {
		double width = c.width() * (0.22 + c.rnd().nextDouble() * 0.12);
		double top = c.height() * 0.86;
		double edge = left ? 0 : c.width();
		double inner = left ? width : c.width() - width;
		Path2D bank = new Path2D.Double();
		bank.moveTo(edge, top - c.height() * 0.05);
		bank.curveTo(edge + (inner - edge) * 0.5, top - c.height() * 0.06, inner, top,
				inner + (left ? 1 : -1) * c.width() * 0.04, c.height());
		bank.lineTo(edge, c.height());
		bank.closePath();
		c.g().setColor(shade(c, rgb(0x4E7A3E)));
		c.g().fill(bank);
		for (int i = 0; i < 3; i++) {
			double x = edge + (inner - edge) * (0.1 + i * 0.2);
			double h = c.height() * (0.22 + c.rnd().nextDouble() * 0.1);
			paintPine(c, x, top - c.height() * 0.03 + i * c.height() * 0.02, h, shade(c, PINE));
		}
	}

	private static void paintYurts(Canvas c, Profile ground, int count) {
		double start = c.width() * (0.1 + c.rnd().nextDouble() * 0.45);
		double size = c.height() * 0.11;
		for (int i = 0; i < count; i++) {
			double x = start + i * size * (1.5 + c.rnd().nextDouble() * 0.6);
			double s = size * (1 - i * 0.12);
			paintYurt(c, x, ground.yAt(x) + s * 0.06, s);
		}
	}

	private static void paintYurt(Canvas c, double cx, double groundY, double size) {
		Graphics2D g = c.g();
		double wallHeight = size * 0.42;
		double half = size * 0.5;
		double wallTop = groundY - wallHeight;
		g.setColor(withAlpha(Color.BLACK, 45));
		g.fill(new Ellipse2D.Double(cx - half * 1.15, groundY - size * 0.05, half * 2.5, size * 0.14));
		Path2D wall = new Path2D.Double();
		wall.moveTo(cx - half, wallTop);
		wall.lineTo(cx + half, wallTop);
		wall.quadTo(cx + half * 1.04, groundY - wallHeight * 0.5, cx + half, groundY);
		wall.lineTo(cx - half, groundY);
		wall.quadTo(cx - half * 1.04, groundY - wallHeight * 0.5, cx - half, wallTop);
		wall.closePath();
		g.setColor(shade(c, rgb(0xF3ECDD)));
		g.fill(wall);
		Path2D roof = new Path2D.Double();
		roof.moveTo(cx - half * 1.08, wallTop + size * 0.02);
		roof.curveTo(cx - half * 0.8, wallTop - size * 0.2, cx - half * 0.3, wallTop - size * 0.33, cx,
				wallTop - size * 0.34);
		roof.curveTo(cx + half * 0.3, wallTop - size * 0.33, cx + half * 0.8, wallTop - size * 0.2, cx + half * 1.08,
				wallTop + size * 0.02);
		roof.closePath();
		g.setColor(shade(c, rgb(0xE6DAC3)));
		g.fill(roof);
		g.setColor(shade(c, rgb(0xB5473A)));
		g.fill(new Rectangle2D.Double(cx - half, wallTop + size * 0.02, half * 2, size * 0.05));
		g.fill(new Rectangle2D.Double(cx - half * 0.98, groundY - size * 0.07, half * 1.96, size * 0.035));
		g.setColor(shade(c, rgb(0x8C6A4C)));
		g.fill(new Ellipse2D.Double(cx - size * 0.08, wallTop - size * 0.37, size * 0.16, size * 0.06));
		g.setColor(shade(c, rgb(0xD9822B)));
		g.fill(new RoundRectangle2D.Double(cx - size * 0.09, groundY - size * 0.3, size * 0.18, size * 0.3, size * 0.04,
				size * 0.04));
		g.setColor(withAlpha(Color.BLACK, 30));
		boolean lightFromLeft = c.sunX() < c.width() / 2.0;
		Shape clip = g.getClip();
		g.clip(wall);
		g.fill(new Rectangle2D.Double(lightFromLeft ? cx + half * 0.35 : cx - half * 1.1, wallTop, half * 0.75,
				wallHeight));
		g.setClip(clip);
	}

	private static void paintFlock(Canvas c, Profile ground) {
		double x0 = c.width() * (0.55 + c.rnd().nextDouble() * 0.3);
		double size = c.height() * 0.012;
		int count = 5 + c.rnd().nextInt(6);
		for (int i = 0; i < count; i++) {
			double x = x0 + (c.rnd().nextDouble() - 0.5) * c.width() * 0.12;
			double y = ground.yAt(x) + c.height() * (0.02 + c.rnd().nextDouble() * 0.04);
			c.g().setColor(shade(c, rgb(0xF4F0E6)));
			c.g().fill(new Ellipse2D.Double(x - size, y - size * 0.7, size * 2, size * 1.4));
			c.g().setColor(shade(c, rgb(0x4A3F36)));
			c.g().fill(new Ellipse2D.Double(x + size * 0.8, y - size * 0.7, size * 0.7, size * 0.6));
		}
	}

	private static void paintGrass(Canvas c, Profile ground, Color colour) {
		Graphics2D g = c.g();
		g.setColor(shade(c, colour));
		g.setStroke(new BasicStroke((float) Math.max(1, c.height() / 300.0), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND));
		int count = 60 + c.rnd().nextInt(40);
		for (int i = 0; i < count; i++) {
			double x = c.rnd().nextDouble() * c.width();
			double y = ground.yAt(x) + c.rnd().nextDouble() * (c.height() - ground.yAt(x));
			double h = c.height() * (0.015 + c.rnd().nextDouble() * 0.02);
			Path2D tuft = new Path2D.Double();
			tuft.moveTo(x - h * 0.4, y - h);
			tuft.quadTo(x - h * 0.1, y - h * 0.3, x, y);
			tuft.quadTo(x + h * 0.05, y - h * 0.5, x + h * 0.1, y - h * 1.2);
			tuft.moveTo(x, y);
			tuft.quadTo(x + h * 0.2, y - h * 0.4, x + h * 0.5, y - h * 0.8);
			g.draw(tuft);
		}
	}

	private static void paintForest(Canvas c, Profile hill, double depth) {
		Color colour = haze(c, mix(PINE, Color.BLACK, 0.1), depth);
		double step = c.width() / 60.0;
		for (double x = c.rnd().nextDouble() * step; x < c.width(); x += step * (0.5 + c.rnd().nextDouble())) {
			double h = c.height() * (0.05 + c.rnd().nextDouble() * 0.04);
			paintPine(c, x, hill.yAt(x) + h * 0.35, h, colour);
		}
	}

	private static void paintPines(Canvas c, Profile ground, int count) {
		for (int i = 0; i < count; i++) {
			double x = c.width()
					* (i % 2 == 0 ? 0.02 + c.rnd().nextDouble() * 0.25 : 0.73 + c.rnd().nextDouble() * 0.25);
			double h = c.height() * (0.2 + c.rnd().nextDouble() * 0.12);
			paintPine(c, x, ground.yAt(x) + c.height() * 0.04, h, shade(c, PINE));
		}
	}

	private static void paintPine(Canvas c, double x, double groundY, double height, Color colour) {
		Graphics2D g = c.g();
		double width = height * 0.42;
		g.setColor(shade(c, TRUNK));
		g.fill(new Rectangle2D.Double(x - width * 0.06, groundY - height * 0.2, width * 0.12, height * 0.2));
		g.setColor(colour);
		for (int tier = 0; tier < 3; tier++) {
			double tierBottom = groundY - height * (0.12 + tier * 0.26);
			double tierWidth = width * (1 - tier * 0.22);
			Path2D triangle = new Path2D.Double();
			triangle.moveTo(x - tierWidth / 2, tierBottom);
			triangle.lineTo(x + tierWidth / 2, tierBottom);
			triangle.lineTo(x, tierBottom - height * (0.42 - tier * 0.04));
			triangle.closePath();
			g.fill(triangle);
		}
	}

	private static void paintRoundTree(Canvas c, double x, double groundY, double height, Color colour) {
		Graphics2D g = c.g();
		double crown = height * 0.62;
		g.setColor(shade(c, TRUNK));
		g.fill(new Rectangle2D.Double(x - height * 0.04, groundY - height * 0.45, height * 0.08, height * 0.45));
		g.setColor(colour);
		g.fill(new Ellipse2D.Double(x - crown / 2, groundY - height, crown, crown));
		g.setColor(withAlpha(Color.WHITE, 35));
		g.fill(new Arc2D.Double(x - crown / 2, groundY - height, crown, crown, 90, 140, Arc2D.CHORD));
	}

	private static void paintSkyline(Canvas c, double ground, double depth, double heightScale) {
		double x = -c.width() * 0.02;
		while (x < c.width()) {
			double w = c.width() * (0.045 + c.rnd().nextDouble() * 0.06);
			double h = c.height() * (0.12 + c.rnd().nextDouble() * 0.35) * (0.6 + heightScale * 0.4);
			Color colour = haze(c, pick(c.rnd(), BUILDING_COLOURS), depth);
			paintBuilding(c, x, ground - h, w, h, colour, depth > 0);
			x += w * (depth > 0 ? 0.85 : 1.0) + c.width() * 0.004 * c.rnd().nextInt(3);
		}
	}

	private static void paintBuilding(Canvas c, double x, double top, double w, double h, Color colour, boolean far) {
		Graphics2D g = c.g();
		g.setColor(colour);
		g.fill(new Rectangle2D.Double(x, top, w, h + 1));
		int roof = c.rnd().nextInt(4);
		if (roof == 0) {
			g.fill(new Rectangle2D.Double(x + w * 0.2, top - h * 0.06, w * 0.6, h * 0.06 + 1));
			g.fill(new Rectangle2D.Double(x + w * 0.48, top - h * 0.2, Math.max(1, w * 0.03), h * 0.15));
		}
		else if (roof == 1) {
			g.fill(new Arc2D.Double(x + w * 0.15, top - w * 0.35, w * 0.7, w * 0.7, 0, 180, Arc2D.CHORD));
		}
		boolean lightFromLeft = c.sunX() < c.width() / 2.0;
		g.setColor(withAlpha(Color.BLACK, 28));
		g.fill(new Rectangle2D.Double(lightFromLeft ? x + w * 0.7 : x, top, w * 0.3, h));
		if (!far) {
			paintWindows(c, x, top, w, h, colour);
		}
	}

	private static void paintWindows(Canvas c, double x, double top, double w, double h, Color wall) {
		Palette p = c.palette();
		double cell = Math.max(3, c.height() * 0.03);
		int columns = Math.max(1, (int) ((w - cell * 0.5) / cell));
		int rows = Math.max(1, (int) ((h - cell * 1.2) / cell));
		double offsetX = x + (w - columns * cell) / 2;
		double litChance = p.night() ? 0.55 : ("sunset".equals(p.name()) ? 0.3 : 0.0);
		Color lit = rgb(0xFFD77A);
		Color unlit = p.night() ? mix(wall, Color.BLACK, 0.35) : mix(wall, p.skyBottom(), 0.55);
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				double wx = offsetX + column * cell + cell * 0.22;
				double wy = top + cell * 0.6 + row * cell;
				c.g().setColor(c.rnd().nextDouble() < litChance ? lit : unlit);
				c.g().fill(new Rectangle2D.Double(wx, wy, cell * 0.56, cell * 0.62));
			}
		}
	}

	private static void paintTower(Canvas c, double ground) {
		Graphics2D g = c.g();
		double x = c.width() * (0.15 + c.rnd().nextDouble() * 0.7);
		double h = c.height() * (0.55 + c.rnd().nextDouble() * 0.1);
		double top = ground - h;
		double base = c.width() * 0.012;
		g.setColor(haze(c, rgb(0xC9CED6), 0.3));
		Path2D shaft = new Path2D.Double();
		shaft.moveTo(x - base, ground);
		shaft.lineTo(x - base * 0.35, top + h * 0.2);
		shaft.lineTo(x + base * 0.35, top + h * 0.2);
		shaft.lineTo(x + base, ground);
		shaft.closePath();
		g.fill(shaft);
		g.fill(new Rectangle2D.Double(x - base * 0.12, top, base * 0.24, h * 0.22));
		double pod = base * 2.2;
		g.fill(new Ellipse2D.Double(x - pod / 2, top + h * 0.25 - pod / 2, pod, pod * 0.8));
		g.setColor(haze(c, rgb(0xD2574A), 0.3));
		g.fill(new Rectangle2D.Double(x - base * 0.25, top + h * 0.12, base * 0.5, h * 0.015));
		g.fill(new Rectangle2D.Double(x - base * 0.25, top + h * 0.05, base * 0.5, h * 0.015));
	}

	private static void paintStreet(Canvas c, double ground) {
		Graphics2D g = c.g();
		g.setColor(shade(c, rgb(0x5C6066)));
		g.fill(new Rectangle2D.Double(0, ground, c.width(), c.height() - ground));
		g.setColor(shade(c, rgb(0xA3A7AD)));
		g.fill(new Rectangle2D.Double(0, ground, c.width(), (c.height() - ground) * 0.18));
		g.setColor(shade(c, rgb(0xE8E2C8)));
		double dash = c.width() * 0.05;
		double lane = ground + (c.height() - ground) * 0.6;
		for (double x = dash * 0.3; x < c.width(); x += dash * 2) {
			g.fill(new Rectangle2D.Double(x, lane, dash, Math.max(1, c.height() * 0.006)));
		}
		double spacing = c.width() / (5.0 + c.rnd().nextInt(3));
		for (double x = spacing * c.rnd().nextDouble(); x < c.width(); x += spacing) {
			paintRoundTree(c, x, ground + (c.height() - ground) * 0.12, c.height() * 0.12, shade(c, FOLIAGE));
		}
	}

	private static void paintCaravan(Canvas c, Profile dune) {
		int crestIndex = dune.crests().length > 0 ? dune.crests()[c.rnd().nextInt(dune.crests().length)] : 0;
		double size = c.height() * 0.045;
		double x = Math.min(dune.xs()[crestIndex] + c.width() * 0.04, c.width() - size * 5);
		Color colour = shade(c, rgb(0x6B4A33));
		for (int i = 0; i < 3; i++) {
			double cx = x + i * size * 1.6;
			paintCamel(c, cx, dune.yAt(cx), size, colour);
		}
	}

	private static void paintCamel(Canvas c, double x, double groundY, double size, Color colour) {
		Graphics2D g = c.g();
		g.setColor(colour);
		double bodyY = groundY - size * 0.95;
		g.fill(new Ellipse2D.Double(x - size * 0.5, bodyY, size, size * 0.42));
		g.fill(new Ellipse2D.Double(x - size * 0.28, bodyY - size * 0.22, size * 0.45, size * 0.45));
		Path2D neck = new Path2D.Double();
		neck.moveTo(x + size * 0.35, bodyY + size * 0.1);
		neck.quadTo(x + size * 0.55, bodyY - size * 0.05, x + size * 0.62, bodyY - size * 0.3);
		neck.lineTo(x + size * 0.82, bodyY - size * 0.28);
		neck.lineTo(x + size * 0.8, bodyY - size * 0.18);
		neck.lineTo(x + size * 0.7, bodyY - size * 0.17);
		neck.quadTo(x + size * 0.62, bodyY + size * 0.15, x + size * 0.45, bodyY + size * 0.3);
		neck.closePath();
		g.fill(neck);
		double leg = Math.max(1, size * 0.08);
		double[] legs = { -0.38, -0.22, 0.2, 0.34 };
		for (double offset : legs) {
			g.fill(new Rectangle2D.Double(x + offset * size, bodyY + size * 0.3, leg, groundY - bodyY - size * 0.3));
		}
	}

	private static void paintShrubs(Canvas c, Profile ground) {
		int count = 3 + c.rnd().nextInt(4);
		Color colour = shade(c, rgb(0x8A8A4E));
		for (int i = 0; i < count; i++) {
			double x = c.rnd().nextDouble() * c.width();
			double y = ground.yAt(x) + c.height() * (0.03 + c.rnd().nextDouble() * 0.06);
			double r = c.height() * (0.01 + c.rnd().nextDouble() * 0.012);
			c.g().setColor(withAlpha(Color.BLACK, 35));
			c.g().fill(new Ellipse2D.Double(x - r * 1.6, y - r * 0.3, r * 3.4, r * 0.7));
			c.g().setColor(colour);
			for (int k = 0; k < 3; k++) {
				double bx = x + (k - 1) * r * 0.9;
				double by = y - r * (k == 1 ? 1.4 : 0.9);
				c.g().fill(new Ellipse2D.Double(bx - r, by, r * 2, r * 1.5));
			}
		}
	}

	private static void paintFieldZone(Canvas c, double top, double bottom, double horizon, double depth) {
		Color[] crop = CROPS[c.rnd().nextInt(CROPS.length)];
		Color a = haze(c, crop[0], depth);
		Color b = haze(c, crop[1], depth);
		double vanishX = c.width() * (-0.6 + c.rnd().nextDouble() * 2.2);
		double span = c.height() - horizon;
		double topScale = (top - horizon) / span;
		double bottomScale = (bottom - horizon) / span;
		int stripes = 10 + c.rnd().nextInt(10);
		double stripeWidth = c.width() * 3.0 / stripes;
		Graphics2D g = c.g();
		g.setColor(a);
		g.fill(new Rectangle2D.Double(0, top, c.width(), bottom - top + 1));
		g.setColor(b);
		for (int i = 0; i < stripes; i += 2) {
			double x0 = vanishX - c.width() * 1.5 + i * stripeWidth;
			double x1 = x0 + stripeWidth;
			Path2D stripe = new Path2D.Double();
			stripe.moveTo(vanishX + (x0 - vanishX) * topScale, top);
			stripe.lineTo(vanishX + (x1 - vanishX) * topScale, top);
			stripe.lineTo(vanishX + (x1 - vanishX) * bottomScale, bottom + 1);
			stripe.lineTo(vanishX + (x0 - vanishX) * bottomScale, bottom + 1);
			stripe.closePath();
			g.fill(stripe);
		}
		g.setColor(withAlpha(Color.BLACK, 25));
		g.fill(new Rectangle2D.Double(0, top, c.width(), Math.max(1, (bottom - top) * 0.04)));
	}

	private static void paintPoplars(Canvas c, double groundY, double height, double depth) {
		Color colour = haze(c, mix(FOLIAGE, Color.BLACK, 0.1), depth);
		double start = c.width() * c.rnd().nextDouble() * 0.5;
		double length = c.width() * (0.25 + c.rnd().nextDouble() * 0.35);
		double spacing = height * 0.45;
		for (double x = start; x < start + length && x < c.width(); x += spacing * (0.8 + c.rnd().nextDouble() * 0.4)) {
			double h = height * (0.85 + c.rnd().nextDouble() * 0.3);
			c.g().setColor(haze(c, TRUNK, depth));
			c.g().fill(new Rectangle2D.Double(x - h * 0.02, groundY - h * 0.2, h * 0.04, h * 0.2));
			c.g().setColor(colour);
			c.g().fill(new Ellipse2D.Double(x - h * 0.13, groundY - h, h * 0.26, h * 0.88));
		}
	}

	private static void paintFarmhouse(Canvas c, double groundY) {
		double size = c.height() * 0.07;
		double x = c.width() * (0.55 + c.rnd().nextDouble() * 0.35);
		Graphics2D g = c.g();
		g.setColor(haze(c, rgb(0xF1E6D2), 0.2));
		g.fill(new Rectangle2D.Double(x, groundY - size * 0.6, size * 1.3, size * 0.6));
		Path2D roof = new Path2D.Double();
		roof.moveTo(x - size * 0.1, groundY - size * 0.58);
		roof.lineTo(x + size * 0.25, groundY - size);
		roof.lineTo(x + size * 1.05, groundY - size);
		roof.lineTo(x + size * 1.4, groundY - size * 0.58);
		roof.closePath();
		g.setColor(haze(c, rgb(0xB5473A), 0.2));
		g.fill(roof);
		g.setColor(haze(c, rgb(0x6B4A32), 0.2));
		g.fill(new Rectangle2D.Double(x + size * 0.55, groundY - size * 0.35, size * 0.2, size * 0.35));
	}

	private static void paintPortraitBackground(Graphics2D g, Color background, int size) {
		fillGradient(g, new Rectangle2D.Double(0, 0, size, size), mix(background, Color.WHITE, 0.2), background, 0,
				size);
		g.setColor(withAlpha(Color.WHITE, 50));
		g.fill(new Ellipse2D.Double(size * 0.12, size * 0.08, size * 0.76, size * 0.76));
	}

	private static void paintLongHairBack(Graphics2D g, Person person, int size) {
		if (person.hairStyle() != 2) {
			return;
		}
		g.setColor(mix(person.hair(), Color.BLACK, 0.15));
		g.fill(new RoundRectangle2D.Double(size * 0.28, size * 0.2, size * 0.44, size * 0.62, size * 0.3, size * 0.3));
	}

	private static void paintShoulders(Graphics2D g, Person person, int size) {
		g.setColor(mix(person.skin(), Color.BLACK, 0.12));
		g.fill(new Rectangle2D.Double(size * 0.43, size * 0.55, size * 0.14, size * 0.22));
		Area body = new Area(new RoundRectangle2D.Double(size * 0.16, size * 0.72, size * 0.68, size * 0.5, size * 0.36,
				size * 0.36));
		Path2D neckline = new Path2D.Double();
		neckline.moveTo(size * 0.41, size * 0.7);
		neckline.lineTo(size * 0.59, size * 0.7);
		neckline.lineTo(size * 0.5, size * 0.84);
		neckline.closePath();
		body.subtract(new Area(neckline));
		g.setColor(person.clothing());
		g.fill(body);
		g.setColor(mix(person.clothing(), Color.WHITE, 0.25));
		Path2D collarLeft = new Path2D.Double();
		collarLeft.moveTo(size * 0.39, size * 0.715);
		collarLeft.lineTo(size * 0.5, size * 0.845);
		collarLeft.lineTo(size * 0.43, size * 0.8);
		collarLeft.lineTo(size * 0.35, size * 0.74);
		collarLeft.closePath();
		g.fill(collarLeft);
		g.fill(AffineTransform.getTranslateInstance(size, 0)
			.createTransformedShape(AffineTransform.getScaleInstance(-1, 1).createTransformedShape(collarLeft)));
	}

	private static void paintHead(Graphics2D g, Person person, int size) {
		g.setColor(mix(person.skin(), Color.BLACK, 0.06));
		g.fill(new Ellipse2D.Double(size * 0.305, size * 0.4, size * 0.07, size * 0.1));
		g.fill(new Ellipse2D.Double(size * 0.625, size * 0.4, size * 0.07, size * 0.1));
		g.setColor(person.skin());
		g.fill(new Ellipse2D.Double(size * 0.33, size * 0.22, size * 0.34, size * 0.42));
	}

	private static void paintHairFront(Graphics2D g, Person person, int size) {
		Area head = new Area(new Ellipse2D.Double(size * 0.315, size * 0.195, size * 0.37, size * 0.45));
		Area hair;
		switch (person.hairStyle()) {
			case 1 -> {
				hair = new Area(head);
				hair.intersect(new Area(new Rectangle2D.Double(0, 0, size, size * 0.33)));
				Path2D fringe = new Path2D.Double();
				fringe.moveTo(size * 0.32, size * 0.3);
				fringe.quadTo(size * 0.45, size * 0.38, size * 0.66, size * 0.3);
				fringe.lineTo(size * 0.66, size * 0.25);
				fringe.lineTo(size * 0.32, size * 0.25);
				fringe.closePath();
				hair.add(new Area(fringe));
				hair.intersect(head);
			}
			case 2 -> {
				hair = new Area(head);
				hair.intersect(new Area(new Rectangle2D.Double(0, 0, size, size * 0.31)));
				hair.add(new Area(new Ellipse2D.Double(size * 0.3, size * 0.24, size * 0.08, size * 0.3)));
				hair.add(new Area(new Ellipse2D.Double(size * 0.62, size * 0.24, size * 0.08, size * 0.3)));
			}
			case 3 -> {
				hair = new Area(head);
				hair.intersect(new Area(new Rectangle2D.Double(0, 0, size, size * 0.3)));
				hair.add(new Area(new Ellipse2D.Double(size * 0.42, size * 0.1, size * 0.16, size * 0.14)));
			}
			case 4 -> {
				hair = new Area(new Ellipse2D.Double(size * 0.325, size * 0.205, size * 0.35, size * 0.43));
				hair.intersect(new Area(new Rectangle2D.Double(0, 0, size, size * 0.28)));
			}
			default -> {
				hair = new Area(head);
				hair.intersect(new Area(new Rectangle2D.Double(0, 0, size, size * 0.32)));
				hair.subtract(new Area(new Ellipse2D.Double(size * 0.44, size * 0.27, size * 0.3, size * 0.14)));
				Area sides = new Area(new Ellipse2D.Double(size * 0.3, size * 0.24, size * 0.07, size * 0.18));
				sides.add(new Area(new Ellipse2D.Double(size * 0.63, size * 0.24, size * 0.07, size * 0.18)));
				sides.intersect(head);
				hair.add(sides);
			}
		}
		g.setColor(person.hair());
		g.fill(hair);
		if (person.beard()) {
			Area beard = new Area(head);
			beard.intersect(new Area(new Rectangle2D.Double(0, size * 0.5, size, size)));
			beard.subtract(new Area(new Ellipse2D.Double(size * 0.42, size * 0.5, size * 0.16, size * 0.06)));
			g.setColor(withAlpha(person.hair(), 220));
			g.fill(beard);
		}
	}

	private static void paintFace(Graphics2D g, Person person, int size) {
		Color ink = mix(person.hair(), Color.BLACK, 0.5);
		g.setColor(ink);
		double eyeY = size * 0.42;
		double eye = size * 0.036;
		g.fill(new Ellipse2D.Double(size * 0.425 - eye / 2, eyeY, eye, eye * 1.15));
		g.fill(new Ellipse2D.Double(size * 0.575 - eye / 2, eyeY, eye, eye * 1.15));
		g.setStroke(new BasicStroke((float) (size * 0.014), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Arc2D.Double(size * 0.39, size * 0.375, size * 0.07, size * 0.04, 30, 120, Arc2D.OPEN));
		g.draw(new Arc2D.Double(size * 0.54, size * 0.375, size * 0.07, size * 0.04, 30, 120, Arc2D.OPEN));
		g.setColor(withAlpha(rgb(0xE8747C), 70));
		g.fill(new Ellipse2D.Double(size * 0.37, size * 0.48, size * 0.07, size * 0.045));
		g.fill(new Ellipse2D.Double(size * 0.56, size * 0.48, size * 0.07, size * 0.045));
		g.setColor(person.beard() ? mix(person.skin(), Color.BLACK, 0.1) : mix(person.skin(), rgb(0x8C3B3B), 0.55));
		g.setStroke(new BasicStroke((float) (size * 0.016), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Arc2D.Double(size * 0.44, size * 0.47, size * 0.12, size * 0.07, 200, 140, Arc2D.OPEN));
		if (person.glasses()) {
			g.setColor(withAlpha(mix(ink, Color.WHITE, 0.1), 230));
			g.setStroke(new BasicStroke((float) (size * 0.012)));
			double lens = size * 0.095;
			g.draw(new RoundRectangle2D.Double(size * 0.425 - lens / 2, eyeY - lens * 0.3, lens, lens * 0.8, lens * 0.4,
					lens * 0.4));
			g.draw(new RoundRectangle2D.Double(size * 0.575 - lens / 2, eyeY - lens * 0.3, lens, lens * 0.8, lens * 0.4,
					lens * 0.4));
			g.draw(new Arc2D.Double(size * 0.47, eyeY - lens * 0.05, size * 0.06, size * 0.03, 0, 180, Arc2D.OPEN));
		}
	}

	private static void paintInitialsBadge(Graphics2D g, String initials, Color colour, int size) {
		double diameter = size * 0.27;
		double x = size - diameter - size * 0.04;
		double y = size - diameter - size * 0.04;
		Ellipse2D badge = new Ellipse2D.Double(x, y, diameter, diameter);
		g.setColor(Color.WHITE);
		double ring = size * 0.015;
		g.fill(new Ellipse2D.Double(x - ring, y - ring, diameter + ring * 2, diameter + ring * 2));
		g.setColor(colour);
		g.fill(badge);
		Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12).deriveFont((float) (diameter * 0.4));
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics(font);
		Rectangle2D bounds = metrics.getStringBounds(initials, g);
		float textX = (float) (x + (diameter - bounds.getWidth()) / 2);
		float textY = (float) (y + (diameter - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent());
		g.setColor(Color.WHITE);
		g.drawString(initials, textX, textY);
	}

	private static String initials(String name) {
		if (name == null || name.isBlank()) {
			return "?";
		}
		String[] parts = name.strip().split("\\s+");
		StringBuilder initials = new StringBuilder().appendCodePoint(parts[0].codePointAt(0));
		if (parts.length > 1) {
			initials.appendCodePoint(parts[parts.length - 1].codePointAt(0));
		}
		return initials.toString().toUpperCase(Locale.ROOT);
	}

	private static Graphics2D createGraphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		return g;
	}

	private static BufferedImage toRgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	private static void fillGradient(Graphics2D g, Shape shape, Color top, Color bottom, double y0, double y1) {
		g.setPaint(new GradientPaint(0, (float) y0, top, 0, (float) Math.max(y1, y0 + 1), bottom));
		g.fill(shape);
	}

	private static long scramble(long seed) {
		long z = seed + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static String normalise(String scene) {
		return (scene != null) ? scene.strip().toLowerCase(Locale.ROOT) : "steppe";
	}

	private static void requirePositive(int value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

	private static Color shade(Canvas c, Color colour) {
		Palette p = c.palette();
		Color tinted = mix(colour, p.tint(), p.tintAmount());
		return scale(tinted, p.brightness());
	}

	private static Color haze(Canvas c, Color colour, double depth) {
		return mix(shade(c, colour), c.palette().skyBottom(), depth);
	}

	private static Color scale(Color colour, double factor) {
		return new Color(clamp(colour.getRed() * factor), clamp(colour.getGreen() * factor),
				clamp(colour.getBlue() * factor), colour.getAlpha());
	}

	private static Color mix(Color a, Color b, double t) {
		return new Color(clamp(a.getRed() + (b.getRed() - a.getRed()) * t),
				clamp(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
				clamp(a.getBlue() + (b.getBlue() - a.getBlue()) * t),
				clamp(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * t));
	}

	private static Color withAlpha(Color colour, int alpha) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.max(0, Math.min(255, alpha)));
	}

	private static int clamp(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}

	private static Color rgb(int hex) {
		return new Color(hex);
	}

	private static Color pick(Random rnd, Color[] colours) {
		return colours[rnd.nextInt(colours.length)];
	}

	/**
	 * The time-of-day colours of a scene.
	 */
	private record Palette(String name, Color skyTop, Color skyBottom, Color sun, Color tint, double tintAmount,
			double brightness, boolean night) {

	}

	/**
	 * What a scene painter draws with: the graphics, the seeded randomness, the palette
	 * and the sun position.
	 */
	private record Canvas(Graphics2D g, Random rnd, Palette palette, int width, int height, double sunX, double sunY) {

	}

	/**
	 * The seed-dependent looks of a portrait.
	 */
	private record Person(Color skin, Color hair, Color clothing, int hairStyle, boolean beard, boolean glasses) {

	}

	/**
	 * The top edge of a hill, mountain range or dune layer, sampled left to right, with
	 * the indices of its crests.
	 */
	private record Profile(double[] xs, double[] ys, int[] crests) {

		Shape shape(double bottom) {
			Path2D path = new Path2D.Double();
			path.moveTo(this.xs[0], bottom);
			for (int i = 0; i < this.xs.length; i++) {
				path.lineTo(this.xs[i], this.ys[i]);
			}
			path.lineTo(this.xs[this.xs.length - 1], bottom);
			path.closePath();
			return path;
		}

		double yAt(double x) {
			for (int i = 1; i < this.xs.length; i++) {
				if (x <= this.xs[i]) {
					double t = (x - this.xs[i - 1]) / (this.xs[i] - this.xs[i - 1]);
					return this.ys[i - 1] + (this.ys[i] - this.ys[i - 1]) * Math.max(0, Math.min(1, t));
				}
			}
			return this.ys[this.ys.length - 1];
		}

		double top() {
			double top = Double.MAX_VALUE;
			for (double y : this.ys) {
				top = Math.min(top, y);
			}
			return top;
		}

		double bottom() {
			double bottom = -Double.MAX_VALUE;
			for (double y : this.ys) {
				bottom = Math.max(bottom, y);
			}
			return bottom;
		}

	}

}
