package org.dastan.durability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dastan.DastanApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many large pictures uploaded at once cannot exhaust the memory: twenty 36 megapixel
 * PNGs of about 100 KB each, sent together to the body editor's upload of a CMS running
 * in a 512 MB heap, are each stored or refused as busy, never answered with a 500 or an
 * {@link OutOfMemoryError}, and a small picture uploaded meanwhile is stored.
 */
class ConcurrentUploadMemoryTest {

	private static final int UPLOADS = 20;

	private static final int EDGE = 6000;

	private static final String PASSWORD = "Steppe-Kumis-Dombra-42";

	private static final String BUSY = "The server is busy processing other images. Try again in a moment.";

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void answersEveryUploadWithTheImageOrBusyAndNeverRunsOutOfMemory() throws Exception {
		byte[] huge = flatPng(EDGE, EDGE);
		assertThat(huge.length).isLessThan(200_000);
		String url = H2DurabilityTest.shippedUrl().replace("./data/", this.directory.toAbsolutePath() + "/");
		Process app = H2DurabilityTest.java(List.of("-Xmx512m"), DastanApplication.class, "--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=" + url, "--dastan.demo.enabled=false",
				"--dastan.rates.import-enabled=false", "--dastan.admin.password=" + PASSWORD,
				"--dastan.media-dir=" + this.directory.resolve("media"),
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + this.directory.resolve("index"))
			.start();
		try {
			List<String> output = GracefulShutdownTest.collect(app.getInputStream());
			Matcher started = PORT.matcher(
					GracefulShutdownTest.awaitLine(output, "saying the port", (line) -> PORT.matcher(line).find()));
			assertThat(started.find()).isTrue();
			String base = "http://127.0.0.1:" + started.group(1);
			awaitReady(base);
			String token = logIn(base);

			List<CompletableFuture<HttpResponse<String>>> large = new ArrayList<>();
			for (int i = 0; i < UPLOADS; i++) {
				large.add(this.http.sendAsync(upload(base, token, huge), HttpResponse.BodyHandlers.ofString()));
			}
			Thread.sleep(1_000);
			HttpResponse<String> small = this.http.send(upload(base, token, flatPng(400, 300)),
					HttpResponse.BodyHandlers.ofString());

			assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
			int stored = 0;
			for (CompletableFuture<HttpResponse<String>> answer : large) {
				HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
				if (response.statusCode() == 201) {
					assertThat(response.body()).contains("\"width\":2560");
					stored++;
				}
				else {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
					assertThat(response.body()).contains("\"field\":\"file\"", BUSY);
				}
			}
			assertThat(stored).as("large pictures stored").isPositive();
			assertThat(output).noneMatch((line) -> line.contains("OutOfMemoryError"));
		}
		finally {
			app.destroyForcibly();
			app.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Waits until the node reports itself ready: Tomcat announces its port before the
	 * start-up runners have created the first admin, and logging in earlier fails.
	 */
	private void awaitReady(String base) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode() != 200) {
			assertThat(System.nanoTime()).as("ready within two minutes").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	/** Logs in as the first admin and returns the CSRF token of the session. */
	private String logIn(String base) throws IOException, InterruptedException {
		String login = get(base + "/admin/login");
		String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ csrf(login);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base + "/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return csrf(get(base + "/admin/media"));
	}

	private String get(String url) throws IOException, InterruptedException {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("CSRF token in the page").isTrue();
		return token.group(1);
	}

	private static HttpRequest upload(String base, String token, byte[] png) {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA yurt\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"yurt.png\""
				+ "\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base + "/admin/media/inline"))
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	/**
	 * An RGB PNG of the given size, sand-coloured with a dark band across its middle,
	 * written row by row so that the test itself never holds its pixels.
	 */
	private static byte[] flatPng(int width, int height) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(png, "IHDR",
				ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 }).array());
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		byte[] sand = row(width, 0xE0, 0xC8, 0x90);
		byte[] band = row(width, 0x30, 0x40, 0x60);
		try (OutputStream rows = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION))) {
			for (int y = 0; y < height; y++) {
				rows.write((Math.abs(y - height / 2) < height / 10) ? band : sand);
			}
		}
		chunk(png, "IDAT", pixels.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static byte[] row(int width, int red, int green, int blue) {
		byte[] row = new byte[1 + 3 * width];
		for (int x = 0; x < width; x++) {
			row[1 + 3 * x] = (byte) red;
			row[2 + 3 * x] = (byte) green;
			row[3 + 3 * x] = (byte) blue;
		}
		return row;
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
