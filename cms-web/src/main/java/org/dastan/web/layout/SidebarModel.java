package org.dastan.web.layout;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.web.caching.PagePieces;

/**
 * The sidebar of a kind of page, for the page's model: built as a piece kept apart from
 * the page ({@link PagePieces}), since every page of the kind shows it alike.
 */
@Component
public class SidebarModel {

	private final Sidebar sidebar;

	SidebarModel(Sidebar sidebar) {
		this.sidebar = sidebar;
	}

	public void addTo(Model model, Placement placement) {
		model.addAttribute("sidebar",
				PagePieces.apart("sidebar-" + placement.name(), () -> this.sidebar.blocksFor(placement)));
	}

}
