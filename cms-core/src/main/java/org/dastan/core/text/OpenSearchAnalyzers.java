package org.dastan.core.text;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link TextAnalyzers} for the OpenSearch backend: the same analyzer names and the same
 * chain, built from OpenSearch's analysis-common components instead of Lucene's
 * factories. The two must change together: an index built by one and searched through the
 * other would miss words. Running the search tests against OpenSearch
 * ({@code -Popensearch}) shows whether they still agree.
 */
public class OpenSearchAnalyzers implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(TextAnalyzers.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("dastan_english_possessive", "lowercase", "dastan_english_stop", "dastan_russian_stop",
					"porter_stem");
		context.analyzer(TextAnalyzers.RUSSIAN)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "dastan_english_stop", "dastan_russian_stop", "dastan_yo_to_ye",
					"dastan_russian_snowball", "dastan_russian_final_vowel");

		context.tokenFilter("dastan_english_possessive").type("stemmer").param("language", "possessive_english");
		// _english_ and _russian_ are the lists Lucene's StopFilterFactory and its
		// snowball russian_stop.txt hold.
		context.tokenFilter("dastan_english_stop").type("stop").param("stopwords", "_english_");
		context.tokenFilter("dastan_russian_stop").type("stop").param("stopwords", "_russian_");
		context.tokenFilter("dastan_yo_to_ye").type("pattern_replace").param("pattern", "ё").param("replacement", "е");
		context.tokenFilter("dastan_russian_snowball").type("snowball").param("language", "Russian");
		context.tokenFilter("dastan_russian_final_vowel")
			.type("pattern_replace")
			.param("pattern", "(?<=\\p{IsCyrillic}{3})[аеиоуыэюяйь]$")
			.param("replacement", "");
	}

}
