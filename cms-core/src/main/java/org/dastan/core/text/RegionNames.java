package org.dastan.core.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The region's names in their spellings ({@link TextAnalyzers#REGION_NAMES}), for code
 * that reads queries before the index does. Query parsers cut a query into words at
 * blanks before the synonyms apply, so "Alma-Ata" would never meet Almaty; in quotes it
 * stays one name.
 */
public final class RegionNames {

	private static final List<Pattern> OF_SEVERAL_WORDS = ofSeveralWords();

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

	/**
	 * The lines of the list, each a place's spellings separated by commas, for an
	 * analyzer that takes synonyms inline (OpenSearch's {@code synonyms}).
	 */
	public static List<String> lines() {
		return WordLists.read(TextAnalyzers.REGION_NAMES);
	}

	private static List<Pattern> ofSeveralWords() {
		return lines().stream()
			.flatMap((line) -> Stream.of(line.split(",")))
			.map(String::strip)
			.filter((name) -> name.contains(" "))
			.map((name) -> Pattern.compile("(?<![\\p{L}\"])" + name.replace(" ", "[\\s-]+") + "(?![\\p{L}\"])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
			.toList();
	}

}
