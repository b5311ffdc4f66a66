package org.dastan.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * The words that the analyzers drop ({@link TextAnalyzers#STOP_WORDS}), for code that
 * reads queries before the index does.
 */
public final class StopWords {

	private static final Set<String> WORDS = Set.copyOf(WordLists.read(TextAnalyzers.STOP_WORDS));

	private StopWords() {
	}

	/**
	 * Whether the index leaves this word out, in any case and with ё for е.
	 */
	public static boolean contains(String word) {
		return WORDS.contains(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
	}

	/**
	 * Every stop word, for an analyzer that takes them inline (OpenSearch's
	 * {@code stopwords}).
	 */
	public static Set<String> all() {
		return WORDS;
	}

}
