package org.dastan.core.redirect.internal;

/** What readers need of a redirect: where it leads, and its id to count a hit. */
public record RedirectRow(long id, String oldPath, String target, int status) {

}
