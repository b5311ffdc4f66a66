package org.dastan.core.article.desk;

import java.time.Instant;

/**
 * What a save of the article form does besides saving: the button pressed, the time for
 * scheduling and the note for the newsroom.
 *
 * @param at when to publish, for {@link DeskAction#SCHEDULE}
 * @param note the staff note, for {@link DeskAction#SEND_BACK} and
 * {@link DeskAction#ADD_NOTE}
 */
public record Transition(DeskAction action, Instant at, String note) {

	/** How long a staff note may be. */
	public static final int NOTE_MAX_LENGTH = 4000;

	public static Transition save() {
		return new Transition(DeskAction.SAVE, null, null);
	}

}
