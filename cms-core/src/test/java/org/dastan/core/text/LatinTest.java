package org.dastan.core.text;

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

	@Test
	void leavesAsciiAsItIs() {
		assertThat(Latin.of("Hydro power, \"coal to gas\"")).isEqualTo("Hydro power, \"coal to gas\"");
		assertThat(Latin.of(null)).isNull();
	}

}
