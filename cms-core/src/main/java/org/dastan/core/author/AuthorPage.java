package org.dastan.core.author;

/**
 * An author as their public page and feed show them.
 *
 * @param id the author, whose articles the page lists
 * @param card what the page's head shows
 */
public record AuthorPage(long id, AuthorCard card) {

}
