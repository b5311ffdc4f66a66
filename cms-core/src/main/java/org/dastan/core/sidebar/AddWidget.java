package org.dastan.core.sidebar;

/**
 * Add a widget of a type at the end of the sidebar, switched on; the type never changes
 * after.
 */
public record AddWidget(WidgetType type, WidgetDraft draft) {

}
