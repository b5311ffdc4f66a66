package org.dastan.core.article.revision;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dastan.core.article.revision.BlockChange.Change;
import org.dastan.core.article.revision.BodyBlocks.Block;
import org.dastan.core.article.revision.Segment.Type;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing bodies the way an editor reads them: block by block, and word by word within
 * an edited block.
 */
class BodyDiffTest {

	@Test
	void splitsABodyIntoTheBlocksAReaderSees() {
		List<Block> blocks = BodyBlocks.of("<h2>Power</h2><p>Grid <a href=\"/a\">news</a><br>today.</p>"
				+ "<blockquote><p>Quoted.</p></blockquote><ul><li>One</li><li>Two</li></ul>"
				+ "<figure><img src=\"/media/dam.jpg\" alt=\"The dam\"><figcaption>At dawn.</figcaption></figure><hr>");

		assertThat(blocks).containsExactly(new Block(BlockKind.HEADING, "Power"),
				new Block(BlockKind.PARAGRAPH, "Grid news today."), new Block(BlockKind.QUOTE, "Quoted."),
				new Block(BlockKind.LIST_ITEM, "One"), new Block(BlockKind.LIST_ITEM, "Two"),
				new Block(BlockKind.IMAGE, "The dam (/media/dam.jpg)"), new Block(BlockKind.CAPTION, "At dawn."),
				new Block(BlockKind.RULE, ""));
	}

	@Test
	void treatsTextOutsideAnyParagraphAsAParagraph() {
		assertThat(BodyBlocks.of("Loose <b>text</b>")).containsExactly(new Block(BlockKind.PARAGRAPH, "Loose text"));
		assertThat(BodyBlocks.of("")).isEmpty();
	}

	@Test
	void marksChangedWordsInAnEditedParagraph() {
		List<BlockChange> changes = BodyDiff.between("<p>Prices rose by 5% in March.</p>",
				"<p>Prices fell by 7% in March.</p>");

		assertThat(changes).singleElement().satisfies((block) -> {
			assertThat(block.change()).isEqualTo(Change.CHANGED);
			assertThat(block.segments()).containsExactly(new Segment(Type.SAME, "Prices "),
					new Segment(Type.REMOVED, "rose"), new Segment(Type.ADDED, "fell"), new Segment(Type.SAME, " by "),
					new Segment(Type.REMOVED, "5"), new Segment(Type.ADDED, "7"),
					new Segment(Type.SAME, "% in March."));
		});
	}

	@Test
	void showsARewrittenParagraphAsRemovedAndAdded() {
		List<BlockChange> changes = BodyDiff.between("<p>The minister resigned on Monday.</p>",
				"<p>Protesters gathered outside parliament.</p>");

		assertThat(changes).extracting(BlockChange::change).containsExactly(Change.REMOVED, Change.ADDED);
	}

	@Test
	void keepsUnchangedBlocksAroundAnInsertedOne() {
		List<BlockChange> changes = BodyDiff.between("<p>First.</p><p>Last paragraph here.</p>",
				"<p>First.</p><h2>New part</h2><p>Last paragraph here, longer.</p>");

		assertThat(changes).extracting(BlockChange::change)
			.containsExactly(Change.UNCHANGED, Change.ADDED, Change.CHANGED);
		assertThat(changes.get(1).kind()).isEqualTo(BlockKind.HEADING);
	}

	@Test
	void comparesRussianTextWordByWord() {
		List<Segment> words = WordDiff.between("Урожай зерна вырос", "Урожай хлопка вырос");

		assertThat(words).containsExactly(new Segment(Type.SAME, "Урожай "), new Segment(Type.REMOVED, "зерна"),
				new Segment(Type.ADDED, "хлопка"), new Segment(Type.SAME, " вырос"));
	}

	@Test
	void joinsNeighbouringChangedWordsIntoOneChange() {
		assertThat(WordDiff.between("the quick brown fox", "the slow red fox")).containsExactly(
				new Segment(Type.SAME, "the "), new Segment(Type.REMOVED, "quick brown"),
				new Segment(Type.ADDED, "slow red"), new Segment(Type.SAME, " fox"));
	}

}
