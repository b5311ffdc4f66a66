package org.dastan.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries the hardening headers, through the real server: pages,
 * error pages, static files and the admin. The policy allows scripts only from the site's
 * own files.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/no-such-story", "/no/such/page", "/css/dastan.css", "/js/views.js",
			"/webjars/bootstrap/css/bootstrap.min.css", "/admin/login", "/admin", "/feed", "/robots.txt" })
	void everyResponseCarriesTheHardeningHeaders(String path) throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.discarding());

		String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(policy).contains("script-src 'self';", "object-src 'none'", "base-uri 'none'",
				"frame-ancestors 'none'");
		assertThat(policy.split(";")).filteredOn((directive) -> directive.strip().startsWith("script-src"))
			.allSatisfy((directive) -> assertThat(directive).doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((permissions) -> assertThat(permissions).contains("camera=()", "geolocation=()"));
	}

}
