package org.dastan.core.sidebar;

import org.dastan.core.sidebar.internal.SidebarWidget;

/**
 * A sidebar widget as the admin lists and edits it.
 *
 * @param position its place in the sidebar, from 0
 * @param version what an editor opened, to refuse a save over someone else's
 */
public record WidgetView(long id, WidgetType type, String title, Placement placement, int position, boolean enabled,
		long version, WidgetSettings settings) {

	static WidgetView of(SidebarWidget widget) {
		return new WidgetView(widget.getId(), widget.getType(), widget.getTitle(), widget.getPlacement(),
				widget.getPosition(), widget.isEnabled(), widget.getVersion(), widget.getSettings());
	}

}
