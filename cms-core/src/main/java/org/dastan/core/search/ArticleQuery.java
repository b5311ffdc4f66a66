package org.dastan.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.text.Latin;
import org.dastan.core.text.RegionNames;
import org.dastan.core.text.StopWords;
import org.dastan.core.text.TextAnalyzers;

/**
 * A reader's query as the index is asked it, in tiers that rank in this order: the words
 * as typed (stemmed in English and in Russian, the region's names in any of their
 * spellings), the words in Latin letters (Алматы finds Almaty), neighbouring words
 * written as one ({@code hydro power} finds hydropower, and the other way round), and
 * last the words of five letters or more with typos (one up to seven letters, two from
 * eight). Every tier needs all the words; phrases in quotes stay phrases. Only the
 * predicate DSL is used, so that any Hibernate Search backend runs the same query.
 */
final class ArticleQuery {

	// Words as typed match in the English and the Russian fields alike (an English word
	// is
	// in both, and so is a Russian one), words in Latin letters only in the Latin fields:
	// counting those twice weighs them the same.
	private static final float LATIN = 2f;

	private static final float JOINED = 0.3f;

	private static final float TYPO = 0.05f;

	// Longer queries are not typing slips; they are searched as typed.
	private static final int MAX_TOLERANT_WORDS = 8;

	// Quoted phrases, or words between blanks.
	private static final Pattern SEGMENT = Pattern.compile("\"[^\"]*\"|\\S+");

	// Syntax beyond words and phrases: such a query is searched as typed.
	private static final Pattern OPERATORS = Pattern.compile("[+|*()~\\\\]|(^|\\s)-");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(['’][\\p{L}\\p{M}]+)?");

	private ArticleQuery() {
	}

	/**
	 * Matches the articles that have every word of the text in one of the tiers; with
	 * typos or without.
	 */
	static PredicateFinalStep matching(SearchPredicateFactory f, String query, boolean typos) {
		String text = RegionNames.quoted(query);
		// The Latin tier counts only where the words as typed do not match: an English
		// text is in its Latin fields too, and would otherwise count twice.
		BooleanPredicateClausesStep<?, ?> tiers = f.bool()
			.should(asTyped(f, text, 1f))
			.should(f.bool().must(inLatin(f, text, 1f)).mustNot(asTyped(f, text, 1f)));
		if (OPERATORS.matcher(text).find() || text.chars().filter((c) -> c == '"').count() % 2 != 0) {
			return tiers;
		}
		List<String> segments = segments(text);
		for (String joined : joinedNeighbours(segments)) {
			tiers.should(asTyped(f, joined, JOINED)).should(inLatin(f, joined, JOINED));
		}
		if (typos && segments.size() <= MAX_TOLERANT_WORDS) {
			withTypos(f, segments).ifPresent(tiers::should);
		}
		return tiers;
	}

	/**
	 * The articles readers can see at the given time, in the index's terms.
	 */
	static PredicateFinalStep isPublic(SearchPredicateFactory f, Instant now) {
		return f.bool()
			.must(f.match().field("status").matching(ArticleStatus.PUBLISHED))
			.must(f.range().field("publishedAt").atMost(now));
	}

	/**
	 * Articles with a word within the given number of typos of this one, in any script.
	 */
	static PredicateFinalStep near(SearchPredicateFactory f, String word, int typos) {
		return fuzzy(f, "latin", Latin.of(word), typos, 0, TextAnalyzers.LATIN);
	}

	/**
	 * How many typos a word may carry: none under five letters, one up to seven, two from
	 * eight.
	 */
	static int typos(String word) {
		int letters = word.codePointCount(0, word.length());
		return (letters >= 8) ? 2 : (letters >= 5) ? 1 : 0;
	}

	/**
	 * The quoted phrases and the words of a query, in order.
	 */
	static List<String> segments(String text) {
		List<String> segments = new ArrayList<>();
		Matcher segment = SEGMENT.matcher(text);
		while (segment.find()) {
			segments.add(segment.group());
		}
		return segments;
	}

	static boolean isWord(String segment) {
		return WORD.matcher(segment).matches();
	}

	private static PredicateFinalStep asTyped(SearchPredicateFactory f, String text, float boost) {
		return f.simpleQueryString()
			.fields(inBoth("title"))
			.boost(5f * boost)
			.fields(inBoth("standfirst"))
			.boost(3f * boost)
			.fields(inBoth("tags.name", "authors.name"))
			.boost(2f * boost)
			.fields(inBoth("body"))
			.boost(boost)
			.matching(text)
			.defaultOperator(BooleanOperator.AND);
	}

	private static PredicateFinalStep inLatin(SearchPredicateFactory f, String text, float boost) {
		float latin = boost * LATIN;
		float joined = boost * JOINED;
		return f.simpleQueryString()
			.fields(fields("latin", "title"))
			.boost(5f * latin)
			.fields(fields("latin", "standfirst"))
			.boost(3f * latin)
			.fields(fields("latin", "tags.name", "authors.name"))
			.boost(2f * latin)
			.fields(fields("latin", "body"))
			.boost(latin)
			.fields(fields("joined", "title"))
			.boost(5f * joined)
			.fields(fields("joined", "standfirst", "body"))
			.boost(joined)
			.matching(Latin.of(text))
			.defaultOperator(BooleanOperator.AND);
	}

	// The query once more with two neighbouring words written as one, for up to three
	// pairs.
	private static List<String> joinedNeighbours(List<String> segments) {
		List<String> variants = new ArrayList<>();
		for (int i = 0; i + 1 < segments.size() && variants.size() < 3; i++) {
			if (isWord(segments.get(i)) && isWord(segments.get(i + 1))) {
				List<String> joined = new ArrayList<>(segments.subList(0, i));
				joined.add(segments.get(i) + segments.get(i + 1));
				joined.addAll(segments.subList(i + 2, segments.size()));
				variants.add(String.join(" ", joined));
			}
		}
		return variants;
	}

	// Every phrase and word must match, a long word also with typos. Stop words are left
	// out, as the index leaves them out: a typo search would find nothing for them.
	private static Optional<PredicateFinalStep> withTypos(SearchPredicateFactory f, List<String> segments) {
		if (segments.stream().noneMatch((segment) -> isWord(segment) && typos(segment) > 0)) {
			return Optional.empty();
		}
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String segment : segments) {
			boolean word = isWord(segment);
			if (word && StopWords.contains(segment)) {
				continue;
			}
			BooleanPredicateClausesStep<?, ?> any = f.bool()
				.should(asTyped(f, segment, 1f))
				.should(inLatin(f, segment, 1f));
			int typos = word ? typos(segment) : 0;
			if (typos > 0) {
				// In the language of its script, and in Latin letters for the other.
				boolean latin = Latin.of(segment).equals(segment);
				any.should(latin ? fuzzy(f, "en", segment, typos, 1, TextAnalyzers.ENGLISH)
						: fuzzy(f, "ru", segment, typos, 1, TextAnalyzers.RUSSIAN))
					.should(fuzzy(f, "latin", Latin.of(segment), typos, 1, TextAnalyzers.LATIN));
			}
			all.must(any);
		}
		return Optional.of(all.boost(TYPO));
	}

	// The words are read by the index analyzer, without synonyms. In the query itself the
	// first letter must be right: few typos fall on it, and it keeps "grain" from finding
	// "train".
	private static PredicateFinalStep fuzzy(SearchPredicateFactory f, String language, String word, int typos,
			int exactPrefix, String analyzer) {
		return f.match()
			.fields(fields(language, "title"))
			.boost(5f)
			.fields(fields(language, "standfirst"))
			.boost(3f)
			.fields(fields(language, "tags.name", "authors.name"))
			.boost(2f)
			.fields(fields(language, "body"))
			.matching(word)
			.fuzzy(typos, exactPrefix)
			.analyzer(analyzer);
	}

	// The named fields in English and Russian, such as title_en and title_ru.
	private static String[] inBoth(String... names) {
		return Stream.concat(Stream.of(fields("en", names)), Stream.of(fields("ru", names))).toArray(String[]::new);
	}

	// The named fields in one language, such as title_en.
	private static String[] fields(String language, String... names) {
		return Stream.of(names).map((name) -> name + "_" + language).toArray(String[]::new);
	}

}
