package org.dastan.core.text;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers text fields are indexed with: every text is indexed once with English and
 * once with Russian stemming, so readers find words in either language by their stem.
 * Both drop the stop words of both languages, so that "the" or "и" in a query never has
 * to match. {@link OpenSearchAnalyzers} builds the same chains for OpenSearch: change
 * both together.
 */
public class TextAnalyzers implements LuceneAnalysisConfigurer {

	public static final String ENGLISH = "english";

	public static final String RUSSIAN = "russian";

	private static final String RUSSIAN_STOP_WORDS = "org/apache/lucene/analysis/snowball/russian_stop.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		LuceneAnalysisOptionalComponentsStep english = context.analyzer(ENGLISH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class);
		withoutStopWords(english).tokenFilter(PorterStemFilterFactory.class);

		LuceneAnalysisOptionalComponentsStep russian = context.analyzer(RUSSIAN)
			.custom()
			.tokenizer(StandardTokenizerFactory.class);
		withoutStopWords(russian).tokenFilter(PatternReplaceFilterFactory.class)
			.param("pattern", "ё")
			.param("replacement", "е")
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Russian")
			// Snowball leaves a vowel on some stems but not on others of the same word
			// (урожай -> урожа, урожая -> урож); cutting it lets all forms meet.
			.tokenFilter(PatternReplaceFilterFactory.class)
			.param("pattern", "(?<=\\p{IsCyrillic}{3})[аеиоуыэюяйь]$")
			.param("replacement", "");
	}

	private static LuceneAnalysisOptionalComponentsStep withoutStopWords(
			LuceneAnalysisOptionalComponentsStep analyzer) {
		return analyzer.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", RUSSIAN_STOP_WORDS)
			.param("format", "snowball");
	}

}
