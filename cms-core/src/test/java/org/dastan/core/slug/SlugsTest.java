package org.dastan.core.slug;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dastan.core.edit.RejectedEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SlugsTest {

	@Test
	void joinsLowercaseWordsWithHyphens() {
		assertThat(Slugs.from("  Tenge holds steady -- after the Rate Decision! "))
			.isEqualTo("tenge-holds-steady-after-the-rate-decision");
	}

	@Test
	void transliteratesCyrillicIncludingCentralAsianLetters() {
		assertThat(Slugs.from("Курс тенге укрепился")).isEqualTo("kurs-tenge-ukrepilsya");
		assertThat(Slugs.from("Қазақстан және Өзбекстан")).isEqualTo("qazaqstan-zhane-ozbekstan");
		assertThat(Slugs.from("Щедрый урожай")).isEqualTo("shchedryy-urozhay");
	}

	@Test
	void dropsAccentsAndPunctuation() {
		assertThat(Slugs.from("Café «Ala-Too» — 2026")).isEqualTo("cafe-ala-too-2026");
	}

	@Test
	void givesEmptySlugForTextWithoutLettersOrDigits() {
		assertThat(Slugs.from("!!! ??? ---")).isEmpty();
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.from("word ".repeat(60));
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("word").doesNotEndWith("-");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void acceptsOnlyLowercaseHyphenatedSlugs() {
		assertThat(Slugs.isValid("rogun-dam-turbine-milestone")).isTrue();
		assertThat(Slugs.isValid("2026-budget")).isTrue();
		assertThat(Slugs.isValid("Rogun-Dam")).isFalse();
		assertThat(Slugs.isValid("double--hyphen")).isFalse();
		assertThat(Slugs.isValid("-leading")).isFalse();
		assertThat(Slugs.isValid("trailing-")).isFalse();
		assertThat(Slugs.isValid("with space")).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
		assertThat(Slugs.isValid(null)).isFalse();
		assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
	}

	@Test
	void numbersATakenSlugUntilItIsFree() {
		assertThat(Slugs.unique("energy", 120, Set.of()::contains)).isEqualTo("energy");
		assertThat(Slugs.unique("energy", 120, Set.of("energy", "energy-2")::contains)).isEqualTo("energy-3");
	}

	@Test
	void cutsANumberedSlugToFitAtAWordBoundary() {
		String slug = Slugs.unique("central-asia-energy", 19, Set.of("central-asia-energy")::contains);
		assertThat(slug).isEqualTo("central-asia-2");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void choosesAFreeSlugFromTheNameWhenNoneIsTyped() {
		Set<String> taken = Set.of("rail-line", "rail-line-2");
		assertThat(Slugs.choose("  ", "Rail line", "article", 120, taken::contains)).isEqualTo("rail-line-3");
		assertThat(Slugs.choose(null, "!!!", "tag", 120, taken::contains)).isEqualTo("tag");
	}

	@Test
	void keepsATypedSlugOnlyIfItIsValidAndFree() {
		Set<String> formerlyTaken = Set.of("old-name");
		assertThat(Slugs.choose(" new-name ", "Ignored", "tag", 120, formerlyTaken::contains)).isEqualTo("new-name");
		assertThatExceptionOfType(RejectedEditException.class)
			.isThrownBy(() -> Slugs.choose("old-name", "Ignored", "tag", 120, formerlyTaken::contains))
			.satisfies((rejected) -> assertThat(rejected.field()).isEqualTo("slug"));
		assertThatExceptionOfType(RejectedEditException.class)
			.isThrownBy(() -> Slugs.choose("Not A Slug", "Ignored", "tag", 120, formerlyTaken::contains));
		assertThatExceptionOfType(RejectedEditException.class)
			.isThrownBy(() -> Slugs.choose("a".repeat(121), "Ignored", "tag", 120, formerlyTaken::contains));
	}

}
