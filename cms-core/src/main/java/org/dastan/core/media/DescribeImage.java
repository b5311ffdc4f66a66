package org.dastan.core.media;

/**
 * New words and a new focal point for a stored image, as an editor saves them together.
 *
 * @param openedVersion the image's version when the editor opened it; a save over a newer
 * one is refused
 */
public record DescribeImage(long id, long openedVersion, MediaDescription description, FocalPoint focus) {

}
