package org.dastan.core.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Cleans article bodies and custom sidebar text with a jsoup allow-list: the structure
 * editors use (paragraphs, subheadings, quotes, lists, links, images) stays; scripts,
 * event handlers, styles and unsafe URLs go.
 */
@Component
public class HtmlSanitizer {

	private static final Safelist ARTICLE_BODY = Safelist.relaxed()
		.removeTags("div", "span", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "col", "colgroup",
				"h1", "h4", "h5", "h6", "dl", "dt", "dd")
		.addTags("figure", "figcaption", "hr")
		.addAttributes("img", "loading", "srcset", "sizes")
		.preserveRelativeLinks(true);

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	// Relative links (to the site's own articles and media) need a base URI to pass the
	// protocol check; with
	// preserveRelativeLinks they are written back as they came, so the base never appears
	// in the output.
	private static final String BASE_URI = "https://dastan.invalid/";

	public SanitizedHtml sanitize(String html) {
		if (html == null || html.isBlank()) {
			return new SanitizedHtml("");
		}
		// Browsers send a textarea's line breaks as CR LF; HTML parsers read any line
		// break as LF, and so does
		// this, so that a body saved from a form is the body that was opened.
		String lines = html.replace("\r\n", "\n").replace('\r', '\n');
		return new SanitizedHtml(Jsoup.clean(lines, BASE_URI, ARTICLE_BODY, OUTPUT));
	}

}
