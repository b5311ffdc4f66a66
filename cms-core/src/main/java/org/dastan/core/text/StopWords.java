package org.dastan.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that the analyzers drop ({@link TextAnalyzers#STOP_WORDS}), for code that
 * reads queries before the index does.
 */
public final class StopWords {

	// In the file's order: OpenSearch keeps the list as given and each node checks the
	// index against its own list, so an order that changed from one JVM to the next (as
	// Set.copyOf's does) stopped the second node of a cluster from starting.
	private static final List<String> IN_ORDER = WordLists.read(TextAnalyzers.STOP_WORDS).stream().distinct().toList();

	private static final Set<String> WORDS = Set.copyOf(IN_ORDER);

	private StopWords() {
	}

	/**
	 * Whether the index leaves this word out, in any case and with ё for е.
	 */
	public static boolean contains(String word) {
		return WORDS.contains(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
	}

	/**
	 * Every stop word once, in the same order on every node, for an analyzer that takes
	 * them inline (OpenSearch's {@code stopwords}).
	 */
	public static List<String> all() {
		return IN_ORDER;
	}

}
