package org.dastan.core.author;

/**
 * A stored image an author's photo can be, as a picker lists it.
 */
public record PhotoChoice(long id, String altText, String fileName) {

}
