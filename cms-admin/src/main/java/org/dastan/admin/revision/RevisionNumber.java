package org.dastan.admin.revision;

import java.util.Optional;

/**
 * Reads a revision number from a query parameter: anything but a positive whole number is
 * no revision, so that a mangled link leads back to the history rather than to an error.
 */
final class RevisionNumber {

	private RevisionNumber() {
	}

	static Optional<Integer> parse(String value) {
		if (value == null || !value.strip().matches("[0-9]{1,9}")) {
			return Optional.empty();
		}
		int number = Integer.parseInt(value.strip());
		return (number > 0) ? Optional.of(number) : Optional.empty();
	}

}
