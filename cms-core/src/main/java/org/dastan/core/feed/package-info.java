/**
 * What feeds and sitemaps list: public articles and the pages that gather them, read as
 * light projections. An application module: this package is its API.
 */
@ApplicationModule(id = "feed", displayName = "Feeds and sitemaps")
package org.dastan.core.feed;

import org.springframework.modulith.ApplicationModule;
