package org.dastan.core.wxr;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.dastan.core.slug.Slugs;

/**
 * The small translations from WordPress's text to Dastan's: dates, slugs, paths, SEO
 * titles.
 */
final class WxrText {

	private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Pattern YOAST_VARIABLE = Pattern.compile("%%[a-z_]+%%");

	private static final Pattern LOOSE_SEPARATORS = Pattern.compile("^[\\s\\-|–—·•:]+|[\\s\\-|–—·•:]+$");

	private WxrText() {
	}

	/** A MySQL time in UTC; {@code null} for none or WordPress's zero date. */
	static Instant gmt(String text) {
		return local(text, ZoneOffset.UTC);
	}

	static Instant local(String text, ZoneId zone) {
		if (text == null || text.isBlank() || text.startsWith("0000")) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), MYSQL).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * A Dastan slug for a WordPress slug (percent escapes of non-Latin letters decoded
	 * and transliterated), else for the title, else the fallback.
	 */
	static String slug(String wordPressSlug, String title, String fallback) {
		String slug = Slugs.from(decode((wordPressSlug != null) ? wordPressSlug : ""));
		if (slug.isEmpty()) {
			slug = Slugs.from((title != null) ? title : "");
		}
		return slug.isEmpty() ? fallback : slug;
	}

	static String decode(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	/** The path and query of an address on the old site, or {@code null}. */
	static String path(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(url.strip().replace(" ", "%20"));
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			String query = uri.getRawQuery();
			String full = (query != null) ? path + "?" + query : path;
			return full.equals("/") ? null : full;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A Yoast SEO title with its variables: the post's title put in, the site name,
	 * separator and others left out; {@code null} when nothing of the post's own is left.
	 */
	static String seoTitle(String template, String title) {
		if (template == null || template.isBlank()) {
			return null;
		}
		String text = YOAST_VARIABLE.matcher(template.replace("%%title%%", title)).replaceAll(" ");
		String kept = LOOSE_SEPARATORS.matcher(text.replaceAll("\\s+", " ")).replaceAll("");
		return kept.isBlank() ? null : cut(kept, 200);
	}

	/**
	 * The text cut at a word to at most {@code max} characters; {@code null} when blank.
	 */
	static String cut(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() <= max) {
			return stripped;
		}
		String cut = stripped.substring(0, max - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > max / 2) ? cut.substring(0, space) : cut).strip() + "…";
	}

}
