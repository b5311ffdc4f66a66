package org.dastan.core.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.ImageRef;
import org.dastan.core.tag.TagRef;

/**
 * An article as listings show it: headline, standfirst, section, date and picture.
 */
public record ArticleCard(long id, String slug, String title, String standfirst, TagRef section, Instant publishedAt,
		ImageRef image) {

	/**
	 * Every card is made here, from a query or a kept read model: the page being built
	 * shows this card and its section's name.
	 */
	public ArticleCard {
		ContentKeys.touch(ContentKey.card(id));
		if (section != null) {
			ContentKeys.touch(ContentKey.tag(section.id()));
		}
	}

	/** Flat form for JPQL constructor expressions, which cannot build nested records. */
	public ArticleCard(long id, String slug, String title, String standfirst, Long sectionId, String sectionSlug,
			String sectionName, Instant publishedAt, String imageFile, String imageAlt, Integer imageWidth,
			Integer imageHeight, String imageVariants, Double imageFocalX, Double imageFocalY) {
		this(id, slug, title, standfirst, (sectionId != null) ? new TagRef(sectionId, sectionSlug, sectionName) : null,
				publishedAt, (imageFile != null) ? new ImageRef(imageFile, imageAlt, imageWidth, imageHeight,
						widths(imageVariants), new FocalPoint(imageFocalX, imageFocalY)) : null);
	}

	private static List<Integer> widths(String variants) {
		if (variants == null || variants.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(variants.split(",")).map(Integer::valueOf).toList();
	}

}
