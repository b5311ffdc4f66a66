package org.dastan.core.text;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Indexes an HTML body as the text a reader sees, so that markup is never found and
 * snippets show words, not tags. Each block (paragraph, heading, list item) ends with a
 * paragraph separator, so that a snippet never runs a heading into the next sentence.
 */
public class HtmlTextBridge implements ValueBridge<String, String> {

	static final char PARAGRAPH_SEPARATOR = '\u2029';

	@Override
	public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
		return text(html);
	}

	/**
	 * The words of an HTML text as a reader sees them, each block ending with a paragraph
	 * separator; {@code null} for {@code null}.
	 */
	public static String text(String html) {
		if (html == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode words) {
					text.append(words.text());
				}
				else if (node instanceof Element element && element.nameIs("br")) {
					text.append(' ');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.isBlock() && depth > 0) {
					text.append(PARAGRAPH_SEPARATOR);
				}
			}

		});
		return text.toString().strip();
	}

}
