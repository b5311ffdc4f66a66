package org.dastan.web.feed;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the public site lives.
 *
 * @param baseUrl the scheme, host and optional path the site's absolute URLs start with,
 * such as {@code https://dastan.example}; unset, they follow each request
 */
@ConfigurationProperties("dastan")
@Validated
public record SiteUrlProperties(@Pattern(regexp = "https?://\\S+") String baseUrl) {

}
