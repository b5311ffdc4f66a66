package org.dastan.core.edit;

import java.net.URI;
import java.util.Locale;

/**
 * Tells a web address readers can follow from one that would run script or open a local
 * file: only absolute http and https addresses with a host pass.
 */
public final class HttpUrls {

	private HttpUrls() {
	}

	public static boolean isHttp(String url) {
		if (url == null) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
