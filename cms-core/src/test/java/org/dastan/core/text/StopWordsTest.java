package org.dastan.core.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopWordsTest {

	// Every node of a cluster validates the shared OpenSearch index against the list it
	// builds itself, so the list must come out the same in every JVM: the file's order.
	@Test
	void listsTheWordsInTheFilesOrderEachOnce() {
		List<String> fromFile = WordLists.read(TextAnalyzers.STOP_WORDS).stream().distinct().toList();

		assertThat(StopWords.all()).containsExactlyElementsOf(fromFile);
		assertThat(StopWords.all()).contains("the", "и").doesNotHaveDuplicates();
	}

	@Test
	void findsAWordInAnyCaseAndWithYo() {
		assertThat(StopWords.contains("The")).isTrue();
		assertThat(StopWords.contains("ЕЩЁ")).isTrue();
		assertThat(StopWords.contains("newsroom")).isFalse();
	}

}
