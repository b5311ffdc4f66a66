package org.dastan.core.redirect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dastan.core.edit.HttpUrls;
import org.dastan.core.edit.RejectedEditException;

/**
 * How an old path is written down and looked up, so that what an admin types and what a
 * reader's browser asks for meet: percent escapes decoded, a trailing slash dropped, the
 * query kept as it comes (WordPress's {@code /?p=123} is a different old path from
 * {@code /}), any {@code #fragment} dropped, case kept. A target on this site is written
 * the same way, so that a redirect pointing at another's old path is found by equality.
 */
public final class RedirectPaths {

	/** The longest old path kept. */
	public static final int MAX_FROM_LENGTH = 500;

	/** The longest target kept. */
	public static final int MAX_TO_LENGTH = 1000;

	/** The public addresses whose slugs can change; cms-web maps them. */
	public static final String ARTICLES = "/articles/";

	public static final String SECTIONS = "/sections/";

	public static final String TAGS = "/tags/";

	public static final String AUTHORS = "/authors/";

	/**
	 * WordPress's own query addresses: a post, a page, a category, a tag. The home page
	 * answers any query, so only these are looked up there.
	 */
	public static final Set<String> WORDPRESS_PARAMETERS = Set.of("p", "page_id", "cat", "tag");

	private RedirectPaths() {
	}

	/** The typed old path, written down; refused next to the {@code from} field. */
	public static String from(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			throw new RejectedEditException("from", "redirect.from.required");
		}
		if (!isSitePath(text)) {
			throw new RejectedEditException("from", "redirect.from.path");
		}
		String from = normalize(text);
		if (from.length() > MAX_FROM_LENGTH) {
			throw new RejectedEditException("from", "redirect.from.too-long", MAX_FROM_LENGTH);
		}
		return from;
	}

	/**
	 * The typed target, written down: an absolute http(s) address as typed, a path on
	 * this site normalized; refused next to the {@code to} field.
	 */
	public static String to(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			throw new RejectedEditException("to", "redirect.to.required");
		}
		String to;
		if (HttpUrls.isHttp(text)) {
			to = text;
		}
		else if (isSitePath(text) && HttpUrls.isHttpOrSitePath(text)) {
			to = normalize(text);
		}
		else {
			throw new RejectedEditException("to", "redirect.to.address");
		}
		if (to.length() > MAX_TO_LENGTH) {
			throw new RejectedEditException("to", "redirect.to.too-long", MAX_TO_LENGTH);
		}
		return to;
	}

	public static int status(int status) {
		if (status != 301 && status != 302) {
			throw new RejectedEditException("status", "redirect.status.bad");
		}
		return status;
	}

	/**
	 * The old path a request asks for, as raw as the server got it; {@code null} when it
	 * cannot be one.
	 */
	public static String requested(String rawPath, String rawQuery) {
		if (rawPath == null || !isSitePath(rawPath)) {
			return null;
		}
		return normalize((rawQuery == null || rawQuery.isEmpty()) ? rawPath : rawPath + "?" + rawQuery);
	}

	/**
	 * The old paths to look up for the home page asked with this query: the whole query,
	 * then each WordPress parameter alone ({@code /?p=123&utm_source=x} finds
	 * {@code /?p=123}); none when the query names none of them.
	 */
	public static List<String> home(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && WORDPRESS_PARAMETERS.contains(pair.substring(0, equals))) {
				if (keys.isEmpty()) {
					keys.add(normalize("/?" + rawQuery));
				}
				keys.add(normalize("/?" + pair));
			}
		}
		return List.copyOf(keys);
	}

	/** Whether a written-down old path is the home page with a WordPress parameter. */
	static boolean isWordPressHome(String from) {
		return from.startsWith("/?") && !home(from.substring(2)).isEmpty();
	}

	private static boolean isSitePath(String text) {
		return text.startsWith("/") && !text.startsWith("//") && text.indexOf('\\') < 0
				&& text.chars().noneMatch((c) -> c < 0x20 || c == 0x7f);
	}

	private static String normalize(String text) {
		int hash = text.indexOf('#');
		String withoutFragment = (hash >= 0) ? text.substring(0, hash) : text;
		int question = withoutFragment.indexOf('?');
		String path = decode((question >= 0) ? withoutFragment.substring(0, question) : withoutFragment);
		String query = (question >= 0) ? decode(withoutFragment.substring(question + 1)) : "";
		int end = path.length();
		while (end > 1 && path.charAt(end - 1) == '/') {
			end--;
		}
		path = path.substring(0, end);
		return query.isEmpty() ? path : path + "?" + query;
	}

	// Percent escapes only: a plus is a plus, in a path and in what is matched of a
	// query.
	// A broken escape is kept as typed.
	private static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
