package org.dastan.core.search.text;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jsoup.Jsoup;

/**
 * Indexes an HTML body as the text a reader sees, so that markup is never found and
 * snippets show words, not tags.
 */
public class HtmlTextBridge implements ValueBridge<String, String> {

	@Override
	public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
		return (html != null) ? Jsoup.parseBodyFragment(html).text() : null;
	}

}
