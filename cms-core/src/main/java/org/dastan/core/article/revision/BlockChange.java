package org.dastan.core.article.revision;

import java.util.List;

/**
 * One block of the body (a paragraph, subheading, quote, list item, image) in a
 * comparison: the same in both revisions, removed, added, or changed with its changed
 * words marked.
 */
public record BlockChange(Change change, BlockKind kind, List<Segment> segments) {

	static BlockChange unchanged(BlockKind kind, String text) {
		return new BlockChange(Change.UNCHANGED, kind, List.of(new Segment(Segment.Type.SAME, text)));
	}

	static BlockChange removed(BlockKind kind, String text) {
		return new BlockChange(Change.REMOVED, kind, List.of(new Segment(Segment.Type.REMOVED, text)));
	}

	static BlockChange added(BlockKind kind, String text) {
		return new BlockChange(Change.ADDED, kind, List.of(new Segment(Segment.Type.ADDED, text)));
	}

	/** What happened to the block. */
	public enum Change {

		UNCHANGED, REMOVED, ADDED, CHANGED

	}

}
