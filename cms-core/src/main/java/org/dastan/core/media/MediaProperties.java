package org.dastan.core.media;

import java.time.Duration;

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
 * @param decodeBudgetPixels the most pixels the uploads being decoded at once may hold in
 * memory; when not set, a quarter of the heap at four bytes a pixel
 * @param decodeWait how long an upload waits for room to decode before it is refused as
 * busy
 */
@ConfigurationProperties("dastan.media")
@Validated
public record MediaProperties(@DefaultValue("10MB") @NotNull DataSize maxUploadSize,
		@DefaultValue("40000000") @Min(1) long maxPixels, @DefaultValue("2560") @Min(800) int maxEdge,
		@Min(1) Long decodeBudgetPixels, @DefaultValue("5s") @NotNull Duration decodeWait) {

}
