package org.dastan.core.media;

/**
 * An image as a form's picture field offers it: the article's featured image, an author's
 * photo, a sidebar promo's picture.
 */
public record ImageChoice(long id, String altText, String fileName) {

}
