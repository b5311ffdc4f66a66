package org.dastan.core.sidebar;

/**
 * Move a widget in the sidebar's order.
 *
 * @param step how many places: negative earlier, positive later
 */
public record MoveWidget(long id, int step) {

	public static MoveWidget up(long id) {
		return new MoveWidget(id, -1);
	}

	public static MoveWidget down(long id) {
		return new MoveWidget(id, 1);
	}

}
