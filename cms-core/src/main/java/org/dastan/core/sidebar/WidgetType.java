package org.dastan.core.sidebar;

/**
 * What a sidebar widget shows.
 */
public enum WidgetType {

	LATEST, MOST_READ, RATES, EDITORS_PICKS, TAGS, CUSTOM_TEXT, PROMO

}
