package org.dastan.admin.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real server, whose limits MockMvc does not have: Tomcat stops
 * reading a request over {@code spring.servlet.multipart.*}, and the editor still gets
 * the library page with the message next to the file field.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.admin.password=" + MediaUploadLimitTest.PASSWORD, "dastan.media.max-upload-size=32KB",
				"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB" })
@ActiveProfiles("test")
class MediaUploadLimitTest {

	static final String PASSWORD = "a long and secret test password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	private int port;

	private String token;

	@BeforeEach
	void logIn() throws Exception {
		String token = find(CSRF, get("/admin/login").body());
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form(Map.of("username", "admin", "password", PASSWORD, "_csrf", token)))));
		assertThat(login.statusCode()).isEqualTo(302);
		this.token = find(CSRF, get("/admin/media").body());
	}

	@Test
	void sendsAnUploadTheServerDoesNotReadBackToTheLibraryWithTheLimit() throws Exception {
		HttpResponse<String> answer = upload(new byte[100 * 1024], "Too big", "Lost caption");
		assertThat(answer.statusCode()).isEqualTo(303);
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/admin/media?rejected=too-large");
		HttpResponse<String> page = get(URI.create(location).getPath() + "?" + URI.create(location).getQuery());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"file-error\">The file is larger than 32 KB.</div>");
	}

	@Test
	void keepsTheOtherFieldsWhenTheFileIsOverTheLibrarysLimitOnly() throws Exception {
		HttpResponse<String> page = upload(new byte[40 * 1024], "Still big", "Kept caption");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"file-error\">The file is larger than 32 KB.</div>")
			.contains("value=\"Still big\"")
			.contains(">Kept caption</textarea>");
	}

	@Test
	void answersTheBodyEditorsTooLargeUploadsWithJsonInItsLanguage() throws Exception {
		HttpResponse<String> unread = inline(new byte[100 * 1024], "Too big", "en");
		assertThat(unread.statusCode()).isEqualTo(400);
		assertThat(unread.body()).isEqualTo("{\"field\":\"file\",\"message\":\"The file is larger than 32 KB.\"}");
		HttpResponse<String> refused = inline(new byte[40 * 1024], "Still big", "ru");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).isEqualTo("{\"field\":\"file\",\"message\":\"Файл больше 32 КБ.\"}");
	}

	@Test
	void storesTheBodyEditorsUploadAndAnswersWithItsFigure() throws Exception {
		HttpResponse<String> stored = inline(png(), "A dropped picture", "en");
		assertThat(stored.statusCode()).isEqualTo(201);
		assertThat(stored.body()).contains("\"width\":64", "\"height\":48", "\"alt\":\"A dropped picture\"")
			.containsPattern("\"url\":\"/media/[0-9a-f-]{36}\\.png\"");
	}

	@Test
	void storesAnUploadAndServesItForAYear() throws Exception {
		String alt = "Upload " + UUID.randomUUID();
		HttpResponse<String> done = upload(png(), alt, "A caption");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/admin/media"));
		String library = get("/admin/media?q=" + URLEncoder.encode(alt, StandardCharsets.UTF_8)).body();
		String src = find(Pattern.compile("src=\"(/media/[0-9a-f-]{36}\\.png)\""), library);
		HttpResponse<byte[]> image = this.http.send(HttpRequest.newBuilder(uri(src)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(image.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
	}

	private HttpResponse<String> upload(byte[] file, String altText, String caption) throws Exception {
		String boundary = "----dastan" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "_csrf", null, this.token.getBytes(StandardCharsets.US_ASCII));
		part(body, boundary, "altText", null, altText.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "caption", null, caption.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "file", "picture.png", file);
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return send(HttpRequest.newBuilder(uri("/admin/media"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	// As the body editor sends it: the token in a header, the alt text as "alt".
	private HttpResponse<String> inline(byte[] file, String alt, String language) throws Exception {
		String boundary = "----dastan" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "alt", null, alt.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "file", "picture.png", file);
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return send(HttpRequest.newBuilder(uri("/admin/media/inline"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", this.token)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
			byte[] content) {
		String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"\r\nContent-Type: image/png" : "") + "\r\n\r\n";
		body.writeBytes(header.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
