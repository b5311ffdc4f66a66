package org.dastan.core.backup;

/**
 * A restore that was not started, or stopped before it wrote any row, because the archive
 * or the database is not fit for it; the message says why and what to do.
 */
public class RestoreRefusedException extends RuntimeException {

	RestoreRefusedException(String message) {
		super(message);
	}

}
