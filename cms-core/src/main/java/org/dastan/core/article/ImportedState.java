package org.dastan.core.article;

/**
 * What an article brought from another system carries besides its content.
 *
 * @param inReview whether it waits for an editor (a draft that was submitted)
 * @param seoTitle the title search engines show, or {@code null}
 * @param seoDescription the description search engines show, or {@code null}
 */
public record ImportedState(boolean inReview, String seoTitle, String seoDescription) {

}
