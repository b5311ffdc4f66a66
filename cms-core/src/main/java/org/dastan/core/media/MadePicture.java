package org.dastan.core.media;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * A picture the server makes itself, painted when
 * {@link MediaLibrary#storeAll(java.util.List)} stores it.
 *
 * @param painter paints the picture
 * @param description its alt text, caption and credit
 */
public record MadePicture(Supplier<BufferedImage> painter, MediaDescription description) {
}
