package org.dastan.core.edit;

import java.net.URI;
import java.util.Locale;

/**
 * Tells a web address readers can follow from one that would run script or open a local
 * file: absolute http and https addresses with a host pass, and, where a form allows
 * them, paths on this site.
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

	/**
	 * Whether the address is an absolute http(s) one or a path on this site, such as
	 * {@code /rates}. A path must start with one slash: {@code //host} and
	 * {@code /\\host} lead browsers to another site.
	 */
	public static boolean isHttpOrSitePath(String url) {
		if (isHttp(url)) {
			return true;
		}
		if (url == null || !url.startsWith("/") || url.startsWith("//") || url.indexOf('\\') >= 0) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return uri.getScheme() == null && uri.getRawAuthority() == null;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
