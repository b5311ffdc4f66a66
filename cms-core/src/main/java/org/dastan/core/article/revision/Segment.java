package org.dastan.core.article.revision;

/**
 * A run of plain text in a comparison, kept, removed or added. The text is not HTML:
 * templates escape it like any other text.
 */
public record Segment(Type type, String text) {

	public boolean isRemoved() {
		return this.type == Type.REMOVED;
	}

	public boolean isAdded() {
		return this.type == Type.ADDED;
	}

	/** Whether the text is in both revisions, only in the older or only in the newer. */
	public enum Type {

		SAME, REMOVED, ADDED

	}

}
