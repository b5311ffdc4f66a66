package org.dastan.core.sidebar;

import java.util.List;

/**
 * What an editor sets on a widget. Each type keeps the settings it uses; the HTML is raw
 * and gets sanitized on saving.
 */
public record WidgetDraft(String title, Placement placement, Integer limit, String html, String linkUrl,
		String linkText, String imageFile, List<String> articleSlugs, List<String> tagSlugs) {

}
