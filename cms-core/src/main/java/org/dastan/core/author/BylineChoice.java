package org.dastan.core.author;

/**
 * An author a byline picker lists.
 */
public record BylineChoice(long id, String name) {

}
