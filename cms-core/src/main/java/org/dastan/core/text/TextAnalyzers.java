package org.dastan.core.text;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers text fields are indexed and searched with. Every text is indexed three
 * times: with English stemming, with Russian stemming, and in Latin letters unstemmed
 * (the text made Latin in Java by {@link Latin}); titles, standfirsts and bodies a fourth
 * time as pairs of words written as one, so that {@code hydropower} finds "hydro power".
 * Queries go through the same chains plus the region's names as synonyms
 * ({@code region-names.txt}), so that Tokaev, Tokayev and Токаев find each other.
 * <p>
 * Every component exists under the same name in OpenSearch's {@code analysis-common} (no
 * ICU plugin needed), so an {@code ElasticsearchAnalysisConfigurer} mirrors this list one
 * to one ({@link OpenSearchAnalyzers}: change both together), passing the two word lists
 * inline ({@code stopwords} from {@link StopWords#all()}, {@code synonyms} from
 * {@link RegionNames#lines()}):
 * <table>
 * <caption>Analyzers and their components, in order</caption>
 * <tr>
 * <th>analyzer</th>
 * <th>tokenizer and filters (OpenSearch names)</th>
 * </tr>
 * <tr>
 * <td>english</td>
 * <td>standard, stemmer(possessive_english), lowercase, pattern_replace(ё→е),
 * stop(stop-words.txt), porter_stem</td>
 * </tr>
 * <tr>
 * <td>english_search</td>
 * <td>english with synonym_graph(region-names.txt) before porter_stem</td>
 * </tr>
 * <tr>
 * <td>russian</td>
 * <td>standard, stemmer(possessive_english), lowercase, pattern_replace(ё→е),
 * stop(stop-words.txt), snowball(Russian), pattern_replace(final vowel after three
 * Cyrillic letters → "")</td>
 * </tr>
 * <tr>
 * <td>russian_search</td>
 * <td>russian with synonym_graph(region-names.txt) before snowball</td>
 * </tr>
 * <tr>
 * <td>latin</td>
 * <td>standard, lowercase, asciifolding, stop(stop-words.txt)</td>
 * </tr>
 * <tr>
 * <td>latin_search</td>
 * <td>latin, then synonym_graph(region-names.txt)</td>
 * </tr>
 * <tr>
 * <td>latin_joined</td>
 * <td>standard, lowercase, asciifolding, shingle(min 2, max 2, no unigrams, separator
 * "")</td>
 * </tr>
 * </table>
 */
public class TextAnalyzers implements LuceneAnalysisConfigurer {

	public static final String ENGLISH = "english";

	public static final String ENGLISH_SEARCH = "english_search";

	public static final String RUSSIAN = "russian";

	public static final String RUSSIAN_SEARCH = "russian_search";

	public static final String LATIN = "latin";

	public static final String LATIN_SEARCH = "latin_search";

	public static final String LATIN_JOINED = "latin_joined";

	/**
	 * The words no field keeps, English and Russian, one a line.
	 */
	public static final String STOP_WORDS = "org/dastan/core/text/stop-words.txt";

	/**
	 * The region's names and places in their spellings, as synonyms in Solr's format.
	 */
	public static final String REGION_NAMES = "org/dastan/core/text/region-names.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		english(context, ENGLISH, false);
		english(context, ENGLISH_SEARCH, true);
		russian(context, RUSSIAN, false);
		russian(context, RUSSIAN_SEARCH, true);
		latin(context, LATIN, false);
		latin(context, LATIN_SEARCH, true);
		context.analyzer(LATIN_JOINED)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(ShingleFilterFactory.class)
			.param("minShingleSize", "2")
			.param("maxShingleSize", "2")
			.param("outputUnigrams", "false")
			.param("tokenSeparator", "");
	}

	private static void english(LuceneAnalysisConfigurationContext context, String name, boolean search) {
		LuceneAnalysisOptionalComponentsStep english = context.analyzer(name)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class);
		synonyms(withoutStopWords(english), search).tokenFilter(PorterStemFilterFactory.class);
	}

	private static void russian(LuceneAnalysisConfigurationContext context, String name, boolean search) {
		// English possessives too: an English text is indexed in the Russian fields as
		// well.
		LuceneAnalysisOptionalComponentsStep russian = context.analyzer(name)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class);
		synonyms(withoutStopWords(russian), search).tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Russian")
			// Snowball leaves a vowel on some stems but not on others of the same word
			// (урожай -> урожа, урожая -> урож); cutting it lets all forms meet.
			.tokenFilter(PatternReplaceFilterFactory.class)
			.param("pattern", "(?<=\\p{IsCyrillic}{3})[аеиоуыэюяйь]$")
			.param("replacement", "");
	}

	private static void latin(LuceneAnalysisConfigurationContext context, String name, boolean search) {
		LuceneAnalysisOptionalComponentsStep latin = context.analyzer(name)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", STOP_WORDS);
		synonyms(latin, search);
	}

	private static LuceneAnalysisOptionalComponentsStep withoutStopWords(
			LuceneAnalysisOptionalComponentsStep analyzer) {
		return analyzer.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PatternReplaceFilterFactory.class)
			.param("pattern", "ё")
			.param("replacement", "е")
			.tokenFilter(StopFilterFactory.class)
			.param("words", STOP_WORDS);
	}

	// Synonyms only in queries: the list can change without reindexing, and OpenSearch
	// takes synonym graphs in search analyzers only.
	private static LuceneAnalysisOptionalComponentsStep synonyms(LuceneAnalysisOptionalComponentsStep analyzer,
			boolean search) {
		return search ? analyzer.tokenFilter(SynonymGraphFilterFactory.class).param("synonyms", REGION_NAMES)
				: analyzer;
	}

}
