package org.dastan.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that the analyzers drop ({@link TextAnalyzers#STOP_WORDS}), for code that
 * reads queries before the index does.
 */
public final class StopWords {

	private static final Set<String> WORDS = read();

	private StopWords() {
	}

	/**
	 * Whether the index leaves this word out, in any case and with ё for е.
	 */
	public static boolean contains(String word) {
		return WORDS.contains(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
	}

	private static Set<String> read() {
		try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(TextAnalyzers.STOP_WORDS);
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return lines.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
