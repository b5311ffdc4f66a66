package org.dastan.core.config;

import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the newsroom as a whole.
 *
 * @param name the site name in the masthead and titles
 * @param timeZone the newsroom's time zone: dates on pages and schedules are in it
 * @param tickerBase the currency the ticker prices others in
 * @param suggestedCount how many Suggested Articles an article page shows
 * @param mediaDir where uploaded and generated images are stored
 */
@ConfigurationProperties("dastan")
@Validated
public record NewsroomProperties(@DefaultValue("Dastan") @NotBlank String name,
		@DefaultValue("Asia/Almaty") @NotNull ZoneId timeZone, @DefaultValue("USD") @NotBlank String tickerBase,
		@DefaultValue("4") @Min(0) @Max(20) int suggestedCount,
		@DefaultValue("./data/media") @NotBlank String mediaDir) {

}
