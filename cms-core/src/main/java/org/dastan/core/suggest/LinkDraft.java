package org.dastan.core.suggest;

/**
 * A link an editor wants to add: an article of the site, or an external address with a
 * title. Exactly one of the two is allowed.
 */
public record LinkDraft(Long articleId, String url, String title) {

}
