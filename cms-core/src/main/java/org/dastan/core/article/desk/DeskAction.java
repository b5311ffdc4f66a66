package org.dastan.core.article.desk;

/**
 * What the article form's buttons do after saving what was typed: nothing more, or move
 * the article to another status, or leave a note.
 */
public enum DeskAction {

	SAVE, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, ARCHIVE, SEND_BACK, ADD_NOTE;

	/** Only editors publish, schedule, take off the site, archive and send back. */
	boolean needsEditor() {
		return this == PUBLISH || this == SCHEDULE || this == UNPUBLISH || this == ARCHIVE || this == SEND_BACK;
	}

	boolean needsNote() {
		return this == SEND_BACK || this == ADD_NOTE;
	}

}
