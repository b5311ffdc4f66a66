package org.dastan.core.sidebar;

import java.util.List;

/**
 * The settings of a widget; each type reads the ones it needs and ignores the rest.
 *
 * @param limit how many items a list widget shows
 * @param html sanitized text of a custom-text or promo widget
 * @param linkUrl where a promo leads
 * @param linkText the promo's call to action
 * @param imageFile the stored image a promo shows
 * @param articleSlugs the articles of an editor's-picks widget, in order
 * @param tagSlugs the tags a tag list shows; none means the topics on the most articles
 */
public record WidgetSettings(Integer limit, String html, String linkUrl, String linkText, String imageFile,
		List<String> articleSlugs, List<String> tagSlugs) {

	public static final int DEFAULT_LIMIT = 5;

	public static WidgetSettings none() {
		return new WidgetSettings(null, null, null, null, null, List.of(), List.of());
	}

	public int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

	public List<String> articleSlugs() {
		return (this.articleSlugs != null) ? this.articleSlugs : List.of();
	}

	public List<String> tagSlugs() {
		return (this.tagSlugs != null) ? this.tagSlugs : List.of();
	}

}
