package org.dastan.core.wxr;

import java.util.List;

/**
 * Something of the export the import could not carry, or carried only in part, and why.
 *
 * @param type the WordPress post type or term kind it belongs to ({@code post},
 * {@code page}, {@code category}...)
 * @param id WordPress's id of the item, 0 when it has none
 * @param title the item's title or name, as text
 * @param reason the message key that says why, under {@code admin.import.why.}
 * @param args the values the message shows
 */
public record NotCarried(String type, long id, String title, String reason, List<Object> args) {

	public NotCarried {
		args = List.copyOf(args);
	}

}
