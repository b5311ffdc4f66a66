package org.dastan.web.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class SiteUrlsTest {

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void startsAbsoluteUrlsWithTheConfiguredBaseUrl() {
		request("http", "internal-node", 8080);
		SiteUrls urls = new SiteUrls(new SiteUrlProperties("https://dastan.example/"));

		assertThat(urls.absolute("/feed")).isEqualTo("https://dastan.example/feed");
		assertThat(urls.article("rogun-dam")).isEqualTo("https://dastan.example/articles/rogun-dam");
		assertThat(new SiteUrls(new SiteUrlProperties("https://example.org/news")).absolute("/feed"))
			.isEqualTo("https://example.org/news/feed");
	}

	@Test
	void startsAbsoluteUrlsWithTheRequestsHostWhenNoBaseUrlIsSet() {
		request("https", "news.example", 8443);

		assertThat(new SiteUrls(new SiteUrlProperties(null)).absolute("/sitemap.xml"))
			.isEqualTo("https://news.example:8443/sitemap.xml");
	}

	private static void request(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/feed");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
