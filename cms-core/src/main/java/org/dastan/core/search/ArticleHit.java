package org.dastan.core.search;

import org.dastan.core.article.ArticleCard;

/**
 * An article found by a search, with the passage that matched.
 *
 * @param card the article as listings show it
 * @param snippet HTML-safe text around the match, the matched words in {@code <mark>};
 * {@code null} when only the title, tags or authors matched
 */
public record ArticleHit(ArticleCard card, String snippet) {

}
