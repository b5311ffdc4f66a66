package org.dastan.core.text;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a text in Latin letters (see {@link Latin}), beside its own spelling.
 */
public class LatinTextBridge implements ValueBridge<String, String> {

	@Override
	public String toIndexedValue(String text, ValueBridgeToIndexedValueContext context) {
		return Latin.of(text);
	}

}
