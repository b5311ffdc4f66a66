package org.dastan.core.redirect;

import org.junit.jupiter.api.Test;

import org.dastan.core.edit.RejectedEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RedirectPathsTest {

	@Test
	void writesOldPathsDownDecodedWithoutTrailingSlashOrFragmentKeepingQueryAndCase() {
		assertThat(RedirectPaths.from(" /index.php/news/12345-Rogun-dam/ "))
			.isEqualTo("/index.php/news/12345-Rogun-dam");
		assertThat(RedirectPaths.from("/?p=123")).isEqualTo("/?p=123");
		assertThat(RedirectPaths.from("/old/?a=1#top")).isEqualTo("/old?a=1");
		assertThat(RedirectPaths.from("/%D0%B2%D0%BE%D0%B4%D0%B0")).isEqualTo("/вода");
		assertThat(RedirectPaths.from("/a+b%zz")).isEqualTo("/a+b%zz");
		assertThat(RedirectPaths.from("/")).isEqualTo("/");
	}

	@Test
	void findsWhatABrowserAsksForAsTheAdminWroteIt() {
		assertThat(RedirectPaths.requested("/index.php/news/1-a/", null)).isEqualTo("/index.php/news/1-a");
		assertThat(RedirectPaths.requested("/%D0%B2%D0%BE%D0%B4%D0%B0", "")).isEqualTo("/вода");
		assertThat(RedirectPaths.requested("/Old", "x=1")).isEqualTo("/Old?x=1").isNotEqualTo("/old?x=1");
		assertThat(RedirectPaths.requested("//evil.example", null)).isNull();
	}

	@Test
	void looksUpTheHomePageOnlyForWordPressParameters() {
		assertThat(RedirectPaths.home("p=123")).containsExactly("/?p=123");
		assertThat(RedirectPaths.home("utm_source=x&cat=7")).containsExactly("/?utm_source=x&cat=7", "/?cat=7");
		assertThat(RedirectPaths.home("page=2")).isEmpty();
		assertThat(RedirectPaths.home("utm_p=1&pp=2")).isEmpty();
		assertThat(RedirectPaths.home(null)).isEmpty();
	}

	@Test
	void refusesWhatIsNotAPathOrAnAddressNextToItsField() {
		for (String bad : new String[] { "", "old", "http://old.example/x", "//host/x", "/a\\b", "/a\u0007" }) {
			assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> RedirectPaths.from(bad))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("from"));
		}
		assertThat(RedirectPaths.to("https://example.com/A?b=1")).isEqualTo("https://example.com/A?b=1");
		assertThat(RedirectPaths.to("/articles/new/")).isEqualTo("/articles/new");
		for (String bad : new String[] { "javascript:alert(1)", "ftp://host/x", "//host", "new-slug", "/a b c" }) {
			assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> RedirectPaths.to(bad))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("to"));
		}
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> RedirectPaths.status(307))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("redirect.status.bad"));
	}

}
