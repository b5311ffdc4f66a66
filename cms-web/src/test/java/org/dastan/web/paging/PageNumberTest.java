package org.dastan.web.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumberTest {

	@Test
	void readsThePageCountedFromOne() {
		assertThat(PageNumber.parse("3").toPageable().getPageNumber()).isEqualTo(2);
		assertThat(PageNumber.parse(null).toPageable().getPageNumber()).isZero();
	}

	@Test
	void treatsNonsenseAsTheFirstPage() {
		assertThat(PageNumber.parse("abc").number()).isEqualTo(1);
		assertThat(PageNumber.parse("-1").number()).isEqualTo(1);
		assertThat(PageNumber.parse("0").number()).isEqualTo(1);
		assertThat(PageNumber.parse("99999999999999").number()).isEqualTo(1);
		assertThat(PageNumber.parse("").number()).isEqualTo(1);
	}

	@Test
	void capsAbsurdlyHighPages() {
		assertThat(PageNumber.parse("2000000000").number()).isEqualTo(100_000);
	}

}
