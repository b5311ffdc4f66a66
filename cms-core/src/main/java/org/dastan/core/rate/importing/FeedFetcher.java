package org.dastan.core.rate.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;

import org.springframework.stereotype.Component;

import org.dastan.core.rate.RateProperties;
import org.dastan.core.rate.feed.RateFeedException;

/**
 * Downloads a bank's document with the configured timeouts, reading no more than the size
 * limit, so that a slow, silent or endless answer fails the run instead of holding it.
 */
@Component
class FeedFetcher {

	private final RateProperties properties;

	FeedFetcher(RateProperties properties) {
		this.properties = properties;
	}

	byte[] fetch(String source, URI url) throws RateFeedException {
		int limit = (int) Math.min(Integer.MAX_VALUE - 1, this.properties.maxDocumentSize().toBytes());
		HttpURLConnection connection = null;
		try {
			URLConnection opened = url.toURL().openConnection();
			if (!(opened instanceof HttpURLConnection http)) {
				throw new RateFeedException(source, "not a web address: " + url);
			}
			connection = http;
			connection.setConnectTimeout((int) this.properties.connectTimeout().toMillis());
			connection.setReadTimeout((int) this.properties.readTimeout().toMillis());
			connection.setRequestProperty("Accept", "application/xml, text/xml, application/json, */*");
			int status = connection.getResponseCode();
			if (status != HttpURLConnection.HTTP_OK) {
				throw new RateFeedException(source, url + " answered HTTP " + status);
			}
			if (connection.getContentLengthLong() > limit) {
				throw tooLarge(source, url, limit);
			}
			try (InputStream body = connection.getInputStream()) {
				return read(source, url, body, limit);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new RateFeedException(source, "could not fetch " + url + ": " + ex, ex);
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

	// The read timeout holds for each read; a server that drips a byte now and then is
	// cut off when the whole answer has taken longer than the read timeout too.
	private byte[] read(String source, URI url, InputStream body, int limit) throws IOException, RateFeedException {
		long deadline = System.nanoTime() + this.properties.readTimeout().toNanos();
		ByteArrayOutputStream document = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
			document.write(buffer, 0, read);
			if (document.size() > limit) {
				throw tooLarge(source, url, limit);
			}
			if (System.nanoTime() > deadline) {
				throw new RateFeedException(source,
						url + " took longer than " + this.properties.readTimeout().toSeconds() + " s to answer");
			}
		}
		return document.toByteArray();
	}

	private static RateFeedException tooLarge(String source, URI url, int limit) {
		return new RateFeedException(source, url + " sent more than the limit of " + limit + " bytes");
	}

}
