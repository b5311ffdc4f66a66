package org.dastan.web.feed;

import org.dastan.core.html.XmlCharacters;

/**
 * Plain text as feed readers must get it. RSS readers decode an element's XML and then
 * render many elements as HTML (descriptions always, titles and categories in many
 * readers), so text goes out as HTML that shows the characters: {@code <img>} arrives as
 * {@code &amp;lt;img&amp;gt;}, is decoded to {@code &lt;img&gt;} and displayed as
 * {@code <img>}.
 */
final class FeedText {

	private FeedText() {
	}

	/** The text escaped once as HTML, without characters XML cannot carry. */
	static String of(String plain) {
		String text = XmlCharacters.strip(plain);
		if (text == null) {
			return null;
		}
		StringBuilder html = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

}
