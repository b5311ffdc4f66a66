package org.dastan.core.wxr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a WordPress post's content into the HTML an article body starts from, before it
 * is sanitized: classic editor text gets its paragraphs (what WordPress's {@code wpautop}
 * does on display), the common shortcodes become markup, block editor comments are left
 * for the sanitizer to drop, and embeds become links. Shortcodes it does not know lose
 * their brackets and keep their text; their names are reported.
 */
final class WxrBody {

	private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern CAPTIONED_IMAGE = Pattern
		.compile("^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL);

	private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);

	private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\]\\s*(\\S+?)\\s*\\[/embed\\]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][\\w-]*)([^\\]\\[]*)\\]");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

	private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

	private static final Pattern BLOCK_START = Pattern.compile(
			"^<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|iframe|dl|section|aside|address)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BARE_URL = Pattern.compile("^https?://\\S+$");

	private WxrBody() {
	}

	/** What a gallery shows: an attachment by its id, or {@code null} when unknown. */
	record Picture(String url, String alt, String caption) {

	}

	/**
	 * The content as HTML to sanitize.
	 * @param pictures the export's attachments by id, for galleries
	 * @param unknown collects the names of the shortcodes it could not turn into markup
	 */
	static String html(String content, LongFunction<Picture> pictures, List<Long> childIds, Set<String> unknown) {
		if (content == null || content.isBlank()) {
			return "";
		}
		String text = content.replace("\r\n", "\n").replace('\r', '\n');
		// Judged before the shortcodes become markup of their own.
		boolean classic = !text.contains("<!-- wp:") && !text.toLowerCase(Locale.ROOT).contains("<p");
		text = captions(text);
		text = galleries(text, pictures, childIds);
		text = EMBED.matcher(text)
			.replaceAll((match) -> Matcher.quoteReplacement("\n\n" + link(match.group(1)) + "\n\n"));
		text = unknownShortcodes(text, unknown);
		if (classic) {
			text = paragraphs(text);
		}
		return embedsAsLinks(text);
	}

	/** The text of a title or name that may hold markup and entities. */
	static String plain(String html) {
		return (html != null) ? Jsoup.parse(html).text().strip() : "";
	}

	private static String captions(String text) {
		return CAPTION.matcher(text).replaceAll((match) -> {
			Matcher image = CAPTIONED_IMAGE.matcher(match.group(2));
			String caption = attribute(match.group(1), "caption");
			if (!image.matches()) {
				return Matcher.quoteReplacement(match.group(2));
			}
			String words = !image.group(2).isBlank() ? image.group(2).strip() : caption;
			String figcaption = (words != null && !words.isBlank()) ? "<figcaption>" + words + "</figcaption>" : "";
			return Matcher.quoteReplacement("\n\n<figure>" + image.group(1) + figcaption + "</figure>\n\n");
		});
	}

	private static String galleries(String text, LongFunction<Picture> pictures, List<Long> childIds) {
		return GALLERY.matcher(text).replaceAll((match) -> {
			String ids = attribute(match.group(1), "ids");
			List<Long> shown = new ArrayList<>();
			if (ids != null) {
				for (String id : ids.split("\\s*,\\s*")) {
					if (id.strip().matches("\\d+")) {
						shown.add(Long.parseLong(id.strip()));
					}
				}
			}
			else {
				shown.addAll(childIds);
			}
			StringBuilder figures = new StringBuilder("\n\n");
			for (long id : shown) {
				Picture picture = pictures.apply(id);
				if (picture != null) {
					figures.append("<figure><img src=\"")
						.append(escape(picture.url()))
						.append("\" alt=\"")
						.append(escape((picture.alt() != null) ? picture.alt() : ""))
						.append("\" class=\"wp-image-")
						.append(id)
						.append("\">");
					if (picture.caption() != null && !picture.caption().isBlank()) {
						figures.append("<figcaption>").append(escape(picture.caption())).append("</figcaption>");
					}
					figures.append("</figure>\n");
				}
			}
			return Matcher.quoteReplacement(figures.append('\n').toString());
		});
	}

	// A shortcode is told from bracketed words ([sic], [1]) by its attributes or its
	// closing tag.
	private static String unknownShortcodes(String text, Set<String> unknown) {
		Set<String> closed = new LinkedHashSet<>();
		Matcher closing = SHORTCODE.matcher(text);
		while (closing.find()) {
			if (!closing.group(1).isEmpty()) {
				closed.add(closing.group(2).toLowerCase(Locale.ROOT));
			}
		}
		return SHORTCODE.matcher(text).replaceAll((match) -> {
			String name = match.group(2).toLowerCase(Locale.ROOT);
			if (closed.contains(name) || match.group(3).contains("=")) {
				unknown.add(name);
				return "";
			}
			return Matcher.quoteReplacement(match.group());
		});
	}

	// What WordPress's wpautop does for classic text: blank lines part paragraphs, a
	// single
	// line break is a break, and a URL alone on its line is an embed.
	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String chunk : PARAGRAPHS.split(text)) {
			String block = chunk.strip();
			if (block.isEmpty()) {
				continue;
			}
			if (BLOCK_START.matcher(block).find()) {
				html.append(block);
			}
			else if (BARE_URL.matcher(block).matches()) {
				html.append(link(block));
			}
			else {
				html.append("<p>").append(block.replace("\n", "<br>\n")).append("</p>");
			}
			html.append('\n');
		}
		return html.toString();
	}

	// The block editor's embeds hold their address as the text of a wrapper.
	private static String embedsAsLinks(String text) {
		if (!text.contains("wp-block-embed__wrapper")) {
			return text;
		}
		Document document = Jsoup.parseBodyFragment(text);
		document.outputSettings().prettyPrint(false);
		for (Element wrapper : document.select("div.wp-block-embed__wrapper")) {
			String url = wrapper.text().strip();
			if (BARE_URL.matcher(url).matches()) {
				wrapper.empty().appendElement("a").attr("href", url).text(url);
			}
		}
		return document.body().html();
	}

	private static String link(String url) {
		String escaped = escape(url);
		return "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>";
	}

	static String attribute(String attributes, String name) {
		Matcher attribute = ATTRIBUTE.matcher(attributes);
		while (attribute.find()) {
			if (attribute.group(1).equalsIgnoreCase(name)) {
				for (int group = 2; group <= 4; group++) {
					if (attribute.group(group) != null) {
						return attribute.group(group);
					}
				}
			}
		}
		return null;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
