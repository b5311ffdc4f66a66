package org.dastan.core.media;

/**
 * A file as it arrived, with the words the uploader gave it.
 *
 * @param bytes the file's content
 * @param originalName the file's name on the uploader's computer, if any; kept for search
 * only
 */
public record ImageUpload(byte[] bytes, String originalName, MediaDescription description) {

}
