package org.dastan.core.media;

/**
 * The words that go with a picture: the text alternative screen readers announce, and the
 * caption and photo credit shown under it.
 */
public record MediaDescription(String altText, String caption, String credit) {

}
