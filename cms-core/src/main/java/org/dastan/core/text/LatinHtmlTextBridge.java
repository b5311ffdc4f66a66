package org.dastan.core.text;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes an HTML body as the text a reader sees (see {@link HtmlTextBridge}), in Latin
 * letters (see {@link Latin}).
 */
public class LatinHtmlTextBridge implements ValueBridge<String, String> {

	@Override
	public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
		return Latin.of(HtmlTextBridge.text(html));
	}

}
