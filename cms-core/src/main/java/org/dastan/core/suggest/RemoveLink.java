package org.dastan.core.suggest;

/**
 * Remove one of an article's picked links.
 */
public record RemoveLink(long articleId, long linkId) {

}
