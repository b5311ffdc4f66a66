package org.dastan.core.feed;

import java.time.Instant;

/**
 * An article as a news sitemap lists it.
 */
public record NewsEntry(String slug, String title, Instant publishedAt) {

}
