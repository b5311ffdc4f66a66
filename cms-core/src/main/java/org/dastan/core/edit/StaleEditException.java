package org.dastan.core.edit;

/**
 * A save based on an older version than the stored one: someone else saved in between,
 * and saving now would silently undo their work.
 */
public class StaleEditException extends RuntimeException {

	private final long currentVersion;

	public StaleEditException(long currentVersion) {
		super("Stale edit; the stored version is " + currentVersion);
		this.currentVersion = currentVersion;
	}

	/** The stored version, which a deliberate second save can be based on. */
	public long currentVersion() {
		return this.currentVersion;
	}

}
