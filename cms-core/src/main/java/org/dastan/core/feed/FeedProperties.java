package org.dastan.core.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much feeds and sitemaps carry.
 *
 * @param items how many of the latest articles an RSS feed lists
 * @param sitemapUrls how many URLs one sitemap file holds before the sitemap becomes an
 * index of several files (the sitemap protocol allows at most 50,000)
 */
@ConfigurationProperties("dastan.feeds")
@Validated
public record FeedProperties(@DefaultValue("20") @Min(1) @Max(100) int items,
		@DefaultValue("50000") @Min(1) @Max(50_000) int sitemapUrls) {

}
