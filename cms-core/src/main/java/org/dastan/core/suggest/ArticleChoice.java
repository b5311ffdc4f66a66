package org.dastan.core.suggest;

import org.dastan.core.article.ArticleStatus;

/**
 * An article an editor can pick by its title.
 */
public record ArticleChoice(long id, String title, String slug, ArticleStatus status) {

}
