package org.dastan.core.edit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HttpUrlsTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com/a", "http://example.com", "/rates", "/tag/energy?page=2",
			"/articles/rail-line#comments" })
	void acceptsWebAddressesAndPathsOnThisSite(String url) {
		assertThat(HttpUrls.isHttpOrSitePath(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "//evil.example/rates", "/\\evil.example", "rates",
			"file:///etc/passwd", "data:text/html,hi", "/a b", "" })
	void refusesScriptsOtherSitesAndRelativeTricks(String url) {
		assertThat(HttpUrls.isHttpOrSitePath(url)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/rates", "//example.com", "mailto:a@example.com" })
	void acceptsOnlyAbsoluteAddressesWhereNoPathIsAllowed(String url) {
		assertThat(HttpUrls.isHttp(url)).isFalse();
	}

}
