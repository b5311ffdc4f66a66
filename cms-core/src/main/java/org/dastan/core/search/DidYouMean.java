package org.dastan.core.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.text.HtmlTextBridge;
import org.dastan.core.text.StopWords;

/**
 * A spelling of a query that finds articles, for a query that finds none: each word that
 * the articles do not use is replaced by the closest word they do use, taken from the
 * articles that the index finds with a word near it (up to two typos, in any script). It
 * asks the index through the predicate DSL and reads the words from the database, so it
 * works on any search backend and never suggests a word from an unpublished article.
 */
@Service
@Transactional(readOnly = true)
public class DidYouMean {

	// The articles whose words are read for one query word: the closest spelling is
	// almost always among the first.
	private static final int ARTICLES_READ = 20;

	private static final int MAX_WORDS = 8;

	private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{M}]+");

	private final EntityManager entityManager;

	private final ArticleSearch search;

	private final Clock clock;

	DidYouMean(EntityManager entityManager, ArticleSearch search, Clock clock) {
		this.entityManager = entityManager;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * The query with its misspelt words corrected, when that finds public articles; empty
	 * when no word needs correcting or the correction finds nothing either.
	 */
	public Optional<String> suggest(String query) {
		List<String> segments = ArticleQuery.segments(ArticleSearch.clean(query));
		if (segments.isEmpty() || segments.size() > MAX_WORDS) {
			return Optional.empty();
		}
		List<String> corrected = new ArrayList<>();
		for (String segment : segments) {
			boolean correctable = ArticleQuery.isWord(segment) && segment.length() >= 3 && !StopWords.contains(segment);
			corrected.add(correctable ? closest(segment) : segment);
		}
		if (corrected.equals(segments)) {
			return Optional.empty();
		}
		String suggestion = String.join(" ", corrected);
		boolean finds = this.search.search(suggestion, PageRequest.of(0, 1)).hasContent();
		return finds ? Optional.of(suggestion) : Optional.empty();
	}

	// The word itself when the articles use it, else the closest word in the same script,
	// the more common one first.
	private String closest(String word) {
		int typos = (word.length() >= 5) ? 2 : 1;
		String typed = word.toLowerCase(Locale.ROOT);
		boolean latin = isLatin(typed);
		record Candidate(String word, int distance, int count) {
		}
		return wordsNear(word, typos).entrySet()
			.stream()
			.filter((entry) -> isLatin(entry.getKey()) == latin)
			.map((entry) -> new Candidate(entry.getKey(), distance(typed, entry.getKey()), entry.getValue()))
			.filter((candidate) -> candidate.distance() <= typos)
			.min(Comparator.comparingInt(Candidate::distance)
				.thenComparing(Comparator.comparingInt(Candidate::count).reversed())
				.thenComparing(Candidate::word))
			.map((candidate) -> (candidate.distance() == 0) ? word : inCaseOf(word, candidate.word()))
			.orElse(word);
	}

	// The words of the public articles that have a word near this one, with how often
	// they occur there.
	private Map<String, Integer> wordsNear(String word, int typos) {
		List<Long> ids = Search.session(this.entityManager)
			.search(Article.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> f.bool()
				.must(ArticleQuery.near(f, word, typos))
				.filter(ArticleQuery.isPublic(f, this.clock.instant())))
			.fetchHits(ARTICLES_READ);
		Map<String, Integer> counts = new HashMap<>();
		if (ids.isEmpty()) {
			return counts;
		}
		this.entityManager
			.createQuery("select a.title, a.standfirst, a.body from Article a where a.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultStream()
			.forEach((texts) -> {
				String text = texts[0] + " " + Objects.toString(texts[1], "") + " "
						+ HtmlTextBridge.text((String) texts[2]);
				Matcher words = WORDS.matcher(text.toLowerCase(Locale.ROOT));
				while (words.find()) {
					counts.merge(words.group(), 1, Integer::sum);
				}
			});
		return counts;
	}

	private static boolean isLatin(String word) {
		return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
	}

	private static String inCaseOf(String typed, String word) {
		return Character.isUpperCase(typed.codePointAt(0))
				? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
	}

	/**
	 * The number of letters inserted, deleted, replaced or swapped with a neighbour that
	 * turn one word into the other (optimal string alignment distance).
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
