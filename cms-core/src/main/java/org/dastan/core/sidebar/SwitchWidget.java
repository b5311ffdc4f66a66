package org.dastan.core.sidebar;

/**
 * Switch a widget on or off, unless someone changed it since the editor saw it.
 *
 * @param openedVersion the widget's version the editor saw
 */
public record SwitchWidget(long id, long openedVersion, boolean enabled) {

}
