package org.dastan.core.redirect;

import java.util.List;

/**
 * What became of one line of an imported CSV file.
 *
 * @param number the line's number in the file, from 1
 * @param from the old path as the line gave it
 * @param to the target as the line gave it
 * @param reason the message key that says why it was refused, or what was changed on the
 * way (a chain collapsed); {@code null} for nothing to say
 * @param args the values the message shows
 */
public record ImportLine(int number, String from, String to, Outcome outcome, String reason, List<Object> args) {

	public ImportLine {
		args = List.copyOf(args);
	}

	public enum Outcome {

		ADDED, UPDATED, UNCHANGED, REFUSED

	}

}
