package org.dastan.web.caching;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How rendered public pages are kept in memory.
 *
 * @param enabled whether they are kept at all
 * @param ttl the longest a page is kept; content changes clear every page at once, this
 * bounds what no save announces, such as the most-read list
 * @param maxSize the memory all kept pages may take together
 * @param maxConcurrentRenders how many pages that are not kept may render at once; kept
 * pages never wait for them
 * @param renderWait how long a page waits for its turn to render before the reader gets
 * 503 and Retry-After
 * @param staleTtl how long the last good copy of a page is kept, through content changes,
 * to be served stale while the database cannot be reached
 */
@ConfigurationProperties("dastan.cache.pages")
@Validated
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") @NotNull Duration ttl,
		@DefaultValue("64MB") @NotNull DataSize maxSize, @DefaultValue("8") @Min(1) int maxConcurrentRenders,
		@DefaultValue("PT1S") @NotNull Duration renderWait, @DefaultValue("PT6H") @NotNull Duration staleTtl) {

}
