package org.dastan.core.text;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatinTest {

	@Test
	void spellsRussianAsEnglishLanguageMediaDo() {
		assertThat(Latin.of("Токаев в Алматы")).isEqualTo("Tokayev v Almaty");
		assertThat(Latin.of("Ташкент, Душанбе, Бишкек, Хорог")).isEqualTo("Tashkent, Dushanbe, Bishkek, Khorog");
		assertThat(Latin.of("Объём газа")).isEqualTo("Obyem gaza");
	}

	@Test
	void spellsKazakhLettersAndAccentsWithoutMarks() {
		assertThat(Latin.of("Қазақстан, Өскемен")).isEqualTo("Kazakstan, Oskemen");
		assertThat(Latin.of("Oʻzbekiston, Türkmenbaşy")).isEqualTo("Ozbekiston, Turkmenbasy");
	}

	// Words are transliterated one at a time and kept: the result must be what ICU makes
	// of the whole text, word starts, vowels before е, signs, quotes and dashes included.
	@Test
	void spellsWordByWordAsTheWholeTextWouldBe() {
		String text = "«Ещё объём» — Её подъезд, поёт\u00a0ель; Emil Öztürk и «Қазақстан»:  ёлка\nЮг — юг. "
				+ "Он сказал: «Ещё!» Ещё раз, Ещё… 2024 год, 5 %, Таджикистан—Узбекистан.";
		Transliterator whole = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; [:Lm:] Remove; Latin-ASCII");

		assertThat(Latin.of(text)).isEqualTo(whole.transliterate(text));
		assertThat(Latin.of(text)).as("kept words give the same again").isEqualTo(whole.transliterate(text));
	}

	@Test
	void leavesAsciiAsItIs() {
		assertThat(Latin.of("Hydro power, \"coal to gas\"")).isEqualTo("Hydro power, \"coal to gas\"");
		assertThat(Latin.of(null)).isNull();
	}

}
