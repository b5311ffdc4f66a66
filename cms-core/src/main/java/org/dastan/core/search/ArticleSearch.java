package org.dastan.core.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.ArticleCards;
import org.dastan.core.article.ArticleStamp;
import org.dastan.core.article.PublicArticleIds;
import org.dastan.core.article.model.Article;

/**
 * Finds public articles by the words of a reader's query, best match first: a match in
 * the title counts most, then standfirst, tags and authors, then body; words as typed
 * count more than the same words in another script or spelling, and those more than words
 * with a typo (see {@link ArticleQuery}), which are looked for only when the rest finds
 * few articles. Whatever a reader types is a valid query; operators that do not parse are
 * taken as words.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSearch {

	/**
	 * Longer queries are cut to this length: no one types more, and parsing stays cheap.
	 */
	public static final int MAX_QUERY_LENGTH = 200;

	/**
	 * A query that finds fewer articles than this as typed is searched again with typos
	 * forgiven. Typos cost several times the time of the rest of the query, and a query
	 * that finds enough as typed shows no worse for leaving out near spellings, which
	 * would rank below anyway.
	 */
	static final int TYPOS_BELOW = 10;

	private static final String MARK = "<mark>";

	private static final String MARK_END = "</mark>";

	private final EntityManager entityManager;

	private final ArticleCards articles;

	private final PublicArticleIds publicIds;

	private final Clock clock;

	ArticleSearch(EntityManager entityManager, ArticleCards articles, PublicArticleIds publicIds, Clock clock) {
		this.entityManager = entityManager;
		this.articles = articles;
		this.publicIds = publicIds;
		this.clock = clock;
	}

	/**
	 * The query as it will be searched: without surrounding blanks and cut to
	 * {@link #MAX_QUERY_LENGTH}, before a word that would not fit whole.
	 */
	public static String clean(String query) {
		String text = (query != null) ? query.strip() : "";
		if (text.length() <= MAX_QUERY_LENGTH) {
			return text;
		}
		int end = text.lastIndexOf(' ', MAX_QUERY_LENGTH);
		if (end <= 0) {
			end = Character.isHighSurrogate(text.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1
					: MAX_QUERY_LENGTH;
		}
		return text.substring(0, end).strip();
	}

	/**
	 * A page of the public articles matching the query; an empty page for a blank query.
	 * The index narrows the matches by
	 * {@link org.dastan.core.article.PublicArticleRule}'s rule in its own terms; the
	 * database has the last word (see toHits).
	 */
	public Page<ArticleHit> search(String query, Pageable pageable) {
		ContentKeys.touch(ContentKey.LATEST);
		String text = clean(query);
		if (text.isEmpty()) {
			return Page.empty(pageable);
		}
		SearchResult<Match> result = fetch(text, false, pageable);
		if (result.total().hitCount() < TYPOS_BELOW) {
			result = fetch(text, true, pageable);
		}
		return new PageImpl<>(toHits(result.hits()), pageable, result.total().hitCount());
	}

	private SearchResult<Match> fetch(String text, boolean typos, Pageable pageable) {
		return Search.session(this.entityManager)
			.search(Article.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), highlight(f, "body"), highlight(f, "standfirst"))
				.as(Match::new))
			.where((f) -> f.bool()
				.must(ArticleQuery.matching(f, text, typos))
				.filter(ArticleQuery.isPublic(f, this.clock.instant())))
			.sort((f) -> f.score().then().field("publishedAt").desc())
			.highlighter((h) -> h.unified().tag(MARK, MARK_END).encoder(HighlighterEncoder.HTML).numberOfFragments(1))
			.fetch(Math.toIntExact(pageable.getOffset()), pageable.getPageSize());
	}

	// The English and the Russian field mark different words (by their stems); the one
	// with more marks shows the match better.
	private static ProjectionFinalStep<String> highlight(SearchProjectionFactory<?, ?> f, String field) {
		return f.composite()
			.from(f.highlight(field + "_en").nullable(), f.highlight(field + "_ru").nullable())
			.as((english, russian) -> (marks(russian) > marks(english)) ? russian : english);
	}

	private static int marks(String snippet) {
		return (snippet != null) ? snippet.split(MARK, -1).length - 1 : -1;
	}

	// Cards come from the database, which has the last word on what is public.
	private List<ArticleHit> toHits(List<Match> matches) {
		if (matches.isEmpty()) {
			return List.of();
		}
		List<Long> publicMatches = this.publicIds
			.findPublicStamps(matches.stream().map(Match::id).toList(), this.clock.instant())
			.stream()
			.map(ArticleStamp::id)
			.toList();
		Map<Long, ArticleCard> cards = this.articles.inOrder(publicMatches)
			.stream()
			.collect(Collectors.toMap(ArticleCard::id, Function.identity()));
		return matches.stream()
			.filter((match) -> cards.containsKey(match.id()))
			.map((match) -> new ArticleHit(cards.get(match.id()), match.snippet()))
			.toList();
	}

	private record Match(Long id, String body, String standfirst) {

		// Body passages end with the paragraph separator that closed their block.
		String snippet() {
			String passage = (this.body != null) ? this.body : this.standfirst;
			return (passage != null) ? passage.strip() : null;
		}

	}

}
