package org.dastan.core.page;

import java.time.Instant;

/** A published page as the sitemap lists it. */
public record PageSitemapEntry(String path, Instant lastModified) {

}
