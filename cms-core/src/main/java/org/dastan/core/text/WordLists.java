package org.dastan.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the word lists beside {@link TextAnalyzers}: one entry a line, {@code #} starts a
 * comment line.
 */
final class WordLists {

	private WordLists() {
	}

	static List<String> read(String resource) {
		try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return lines.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

}
