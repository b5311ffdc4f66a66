package org.dastan.core.media;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on uploaded images.
 *
 * @param maxUploadSize the largest file the library accepts
 * @param maxPixels the most pixels (width times height) an upload may have; checked from
 * the file's header before decoding, so that a small file claiming a huge picture cannot
 * exhaust the memory
 * @param maxEdge the longest side a stored original keeps; larger pictures are scaled
 * down
 */
@ConfigurationProperties("dastan.media")
@Validated
public record MediaProperties(@DefaultValue("10MB") @NotNull DataSize maxUploadSize,
		@DefaultValue("40000000") @Min(1) long maxPixels, @DefaultValue("2560") @Min(800) int maxEdge) {

}
