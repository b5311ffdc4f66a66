package org.dastan.core.text;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link TextAnalyzers} for the OpenSearch backend: the same analyzer names and the same
 * chains, built from OpenSearch's {@code analysis-common} components instead of Lucene's
 * factories, with the two word lists passed inline (a node needs no files of ours). The
 * two must change together: an index built by one and searched through the other would
 * miss words. Running the search tests, the judged query set among them, against
 * OpenSearch ({@code -Popensearch}) shows whether they still agree.
 */
public class OpenSearchAnalyzers implements ElasticsearchAnalysisConfigurer {

	private static final String SYNONYMS = "dastan_region_names";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		stemmed(context, TextAnalyzers.ENGLISH, false, "porter_stem");
		stemmed(context, TextAnalyzers.ENGLISH_SEARCH, true, "porter_stem");
		stemmed(context, TextAnalyzers.RUSSIAN, false, "dastan_russian_snowball", "dastan_russian_final_vowel");
		stemmed(context, TextAnalyzers.RUSSIAN_SEARCH, true, "dastan_russian_snowball", "dastan_russian_final_vowel");
		context.analyzer(TextAnalyzers.LATIN)
			.custom()
			.tokenizer("standard")
			.tokenFilters("dastan_english_possessive", "lowercase", "asciifolding", "dastan_stop");
		context.analyzer(TextAnalyzers.LATIN_SEARCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("dastan_english_possessive", "lowercase", "asciifolding", "dastan_stop", SYNONYMS);
		context.analyzer(TextAnalyzers.LATIN_JOINED)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "dastan_joined_pairs");

		context.tokenFilter("dastan_english_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("dastan_yo_to_ye").type("pattern_replace").param("pattern", "ё").param("replacement", "е");
		context.tokenFilter("dastan_stop").type("stop").param("stopwords", StopWords.all().toArray(String[]::new));
		// Synonyms only in queries, as in TextAnalyzers: OpenSearch takes synonym graphs
		// in
		// search analyzers only.
		context.tokenFilter(SYNONYMS)
			.type("synonym_graph")
			.param("synonyms", RegionNames.lines().toArray(String[]::new));
		context.tokenFilter("dastan_russian_snowball").type("snowball").param("language", "Russian");
		context.tokenFilter("dastan_russian_final_vowel")
			.type("pattern_replace")
			.param("pattern", "(?<=\\p{IsCyrillic}{3})[аеиоуыэюяйь]$")
			.param("replacement", "");
		context.tokenFilter("dastan_joined_pairs")
			.type("shingle")
			.param("min_shingle_size", 2)
			.param("max_shingle_size", 2)
			.param("output_unigrams", false)
			.param("token_separator", "");
	}

	// standard, possessive, lowercase, ё as е, stop words, [region names], then the
	// stemmer.
	private static void stemmed(ElasticsearchAnalysisConfigurationContext context, String name, boolean search,
			String... stemmers) {
		String[] before = search
				? new String[] { "dastan_english_possessive", "lowercase", "dastan_yo_to_ye", "dastan_stop", SYNONYMS }
				: new String[] { "dastan_english_possessive", "lowercase", "dastan_yo_to_ye", "dastan_stop" };
		String[] filters = new String[before.length + stemmers.length];
		System.arraycopy(before, 0, filters, 0, before.length);
		System.arraycopy(stemmers, 0, filters, before.length, stemmers.length);
		context.analyzer(name).custom().tokenizer("standard").tokenFilters(filters);
	}

}
