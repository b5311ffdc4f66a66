package org.dastan.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The spellings of several words in {@link TextAnalyzers#REGION_NAMES}, for code that
 * reads queries before the index does. Query parsers cut a query into words at blanks
 * before the synonyms apply, so "Alma-Ata" would never meet Almaty; in quotes it stays
 * one name.
 */
public final class RegionNames {

	private static final List<Pattern> OF_SEVERAL_WORDS = read();

	private RegionNames() {
	}

	/**
	 * The query with each name of several words put in quotes; a query that has quotes of
	 * its own as it is.
	 */
	public static String quoted(String query) {
		if (query.indexOf('"') >= 0) {
			return query;
		}
		String quoted = query;
		for (Pattern name : OF_SEVERAL_WORDS) {
			quoted = name.matcher(quoted).replaceAll((match) -> Matcher.quoteReplacement("\"" + match.group() + "\""));
		}
		return quoted;
	}

	private static List<Pattern> read() {
		try (InputStream in = RegionNames.class.getClassLoader().getResourceAsStream(TextAnalyzers.REGION_NAMES);
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return lines.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.flatMap((line) -> Stream.of(line.split(",")))
				.map(String::strip)
				.filter((name) -> name.contains(" "))
				.map((name) -> Pattern.compile("(?<![\\p{L}\"])" + name.replace(" ", "[\\s-]+") + "(?![\\p{L}\"])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
