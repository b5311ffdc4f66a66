package org.dastan.core.article.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Compares two texts word by word. Words, runs of space and single punctuation marks are
 * the units, so a changed comma does not mark its whole word as changed.
 */
final class WordDiff {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|[^\\p{L}\\p{M}\\p{N}\\s]");

	private WordDiff() {
	}

	static List<Segment> between(String before, String after) {
		List<Piece> pieces = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(tokens(before), tokens(after), true).getDeltas()) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			append(pieces, (delta.getType() == DeltaType.EQUAL) ? new Piece(removed, null, null)
					: new Piece(null, removed, added));
		}
		List<Segment> segments = new ArrayList<>();
		for (Piece piece : pieces) {
			add(segments, Segment.Type.SAME, piece.same());
			add(segments, Segment.Type.REMOVED, piece.removed());
			add(segments, Segment.Type.ADDED, piece.added());
		}
		return segments;
	}

	/**
	 * How much of the shorter text survives in the longer, in order: from 0 (no word in
	 * common) to 1 (every word of the shorter text is kept, as when a sentence is added).
	 */
	static double overlap(String before, String after) {
		List<String> from = words(before);
		List<String> to = words(after);
		if (from.isEmpty() || to.isEmpty()) {
			return (from.isEmpty() && to.isEmpty()) ? 1 : 0;
		}
		int common = DiffUtils.diff(from, to, true)
			.getDeltas()
			.stream()
			.filter((delta) -> delta.getType() == DeltaType.EQUAL)
			.mapToInt((delta) -> delta.getSource().size())
			.sum();
		return (double) common / Math.min(from.size(), to.size());
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher((text != null) ? text : "");
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static List<String> words(String text) {
		return tokens(text).stream().filter((token) -> WORD.matcher(token).lookingAt()).toList();
	}

	// Two changes with only a space between them read better as one:
	// "<del>quick brown</del><ins>slow red</ins>" rather than each word on its own.
	private static void append(List<Piece> pieces, Piece next) {
		int size = pieces.size();
		if (next.isChange() && size >= 2 && pieces.get(size - 1).isSpace() && pieces.get(size - 2).isChange()) {
			String space = pieces.remove(size - 1).same();
			Piece previous = pieces.remove(size - 2);
			pieces.add(new Piece(null, previous.removed() + space + next.removed(),
					previous.added() + space + next.added()));
		}
		else {
			pieces.add(next);
		}
	}

	private static void add(List<Segment> segments, Segment.Type type, String text) {
		if (text != null && !text.isEmpty()) {
			segments.add(new Segment(type, text));
		}
	}

	private record Piece(String same, String removed, String added) {

		boolean isChange() {
			return this.same == null;
		}

		boolean isSpace() {
			return this.same != null && this.same.isBlank();
		}

	}

}
