package org.dastan.core.suggest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the links editors pick.
 *
 * @param maxLinks how many links an editor may pick for one article
 */
@ConfigurationProperties("dastan.suggested")
@Validated
public record SuggestedLinkProperties(@DefaultValue("8") @Min(1) @Max(50) int maxLinks) {

}
