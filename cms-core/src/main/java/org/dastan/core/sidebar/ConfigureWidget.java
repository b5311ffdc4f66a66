package org.dastan.core.sidebar;

/**
 * Save an editor's settings over a widget, unless someone saved it since the editor
 * opened it.
 *
 * @param openedVersion the widget's version when the editor opened it
 */
public record ConfigureWidget(long id, long openedVersion, WidgetDraft draft) {

}
