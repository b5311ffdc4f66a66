package org.dastan.core.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.internal.ArticleRepository;

/**
 * Articles as cards, for the features that find their ids first
 * ({@link PublicArticleIds}, a search, an editor's picks) and then show them.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCards {

	private final ArticleRepository articles;

	ArticleCards(ArticleRepository articles) {
		this.articles = articles;
	}

	/** The cards of the articles, in the order of the ids; an unknown id is left out. */
	public List<ArticleCard> inOrder(List<Long> ids) {
		return this.articles.findCardsInOrder(ids);
	}

	public Page<ArticleCard> inOrder(Page<Long> ids) {
		return this.articles.findCardsInOrder(ids);
	}

	/**
	 * The cards of those of the articles with these slugs that are public at {@code now}.
	 */
	public List<ArticleCard> publicBySlugs(Collection<String> slugs, Instant now) {
		return slugs.isEmpty() ? List.of() : this.articles.findPublicCardsBySlugs(slugs, now);
	}

	/** The title of the article with the slug, whatever its status. */
	public Optional<String> titleOf(String slug) {
		return this.articles.findTitleBySlug(slug);
	}

}
