package org.dastan.core.suggest;

import java.util.List;

/**
 * Give an article that has no picked links yet these articles, in order, as its picks:
 * the demo and the benchmark data, which no editor writes and which are trusted.
 */
public record PickArticles(long articleId, List<Long> targetIds) {

}
