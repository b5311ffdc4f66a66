package org.dastan.core.suggest;

/**
 * Add a link at the end of an article's picks.
 */
public record AddLink(long articleId, LinkDraft link) {

}
