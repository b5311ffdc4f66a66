package org.dastan.core.article.revision;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import org.dastan.core.article.revision.BodyBlocks.Block;

/**
 * Compares two bodies block by block, and within a block that was edited rather than
 * replaced, word by word.
 */
final class BodyDiff {

	// Below this share of its words kept, an edited block reads better as one removed and
	// one added than as a patchwork of changed words.
	private static final double EDITED = 0.5;

	private BodyDiff() {
	}

	static List<BlockChange> between(String before, String after) {
		List<BlockChange> changes = new ArrayList<>();
		for (AbstractDelta<Block> delta : DiffUtils.diff(BodyBlocks.of(before), BodyBlocks.of(after), true)
			.getDeltas()) {
			if (delta.getType() == DeltaType.EQUAL) {
				delta.getSource()
					.getLines()
					.forEach((block) -> changes.add(BlockChange.unchanged(block.kind(), block.text())));
			}
			else {
				pair(delta.getSource().getLines(), delta.getTarget().getLines(), changes);
			}
		}
		return changes;
	}

	// Matches each removed block with the next added block of its kind that resembles it,
	// keeping the order of both.
	private static void pair(List<Block> removed, List<Block> added, List<BlockChange> changes) {
		int next = 0;
		for (Block old : removed) {
			int match = indexOfEdited(old, added, next);
			if (match < 0) {
				changes.add(BlockChange.removed(old.kind(), old.text()));
				continue;
			}
			for (Block inserted : added.subList(next, match)) {
				changes.add(BlockChange.added(inserted.kind(), inserted.text()));
			}
			changes.add(new BlockChange(BlockChange.Change.CHANGED, old.kind(),
					WordDiff.between(old.text(), added.get(match).text())));
			next = match + 1;
		}
		for (Block inserted : added.subList(next, added.size())) {
			changes.add(BlockChange.added(inserted.kind(), inserted.text()));
		}
	}

	private static int indexOfEdited(Block old, List<Block> added, int from) {
		for (int i = from; i < added.size(); i++) {
			Block candidate = added.get(i);
			if (candidate.kind() == old.kind() && WordDiff.overlap(old.text(), candidate.text()) >= EDITED) {
				return i;
			}
		}
		return -1;
	}

}
