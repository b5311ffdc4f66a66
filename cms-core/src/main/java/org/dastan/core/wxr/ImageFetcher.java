package org.dastan.core.wxr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches a picture from the old site: http and https only, within timeouts, no larger
 * than the media library takes, and only what the server calls an image. Says why when it
 * cannot, for the report.
 */
class ImageFetcher {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final long maxBytes;

	ImageFetcher(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The picture's bytes, or why there are none. */
	record Fetched(byte[] bytes, String failure) {

		boolean ok() {
			return this.bytes != null;
		}

		static Fetched failed(String failure) {
			return new Fetched(null, failure);
		}

	}

	Fetched fetch(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Fetched.failed("not http");
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(REQUEST_TIMEOUT)
			.header("Accept", "image/*")
			.header("User-Agent", "Dastan WordPress import")
			.build();
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					return Fetched.failed("HTTP " + response.statusCode());
				}
				String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
				if (!type.startsWith("image/")) {
					return Fetched.failed("not an image (" + (type.isEmpty() ? "no type" : type) + ")");
				}
				if (response.headers().firstValueAsLong("Content-Length").orElse(0) > this.maxBytes) {
					return Fetched.failed("too large");
				}
				byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
				return (bytes.length > this.maxBytes) ? Fetched.failed("too large") : new Fetched(bytes, null);
			}
		}
		catch (IOException ex) {
			return Fetched.failed(ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Fetched.failed("interrupted");
		}
		catch (IllegalArgumentException ex) {
			return Fetched.failed("bad address");
		}
	}

}
