package org.dastan.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.redirect.RedirectDraft;
import org.dastan.core.redirect.Redirects;
import org.dastan.core.redirect.internal.RedirectRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old addresses in Cyrillic, as WordPress sites in the region have them, through the real
 * server: browsers send them percent-encoded, Tomcat and the security firewall let them
 * through (MockMvc's firewall sees them decoded and refuses them, so this needs Tomcat),
 * and the redirect found for the decoded path sends the reader on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CyrillicOldAddressesTest {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private Redirects redirects;

	@Autowired
	private RedirectRepository stored;

	@AfterEach
	void deleteTheRedirects() {
		this.stored.deleteAll();
	}

	@Test
	void aCyrillicOldAddressAsABrowserSendsItLeadsToItsNewPage() throws Exception {
		String oldPost = "/2024/05/28/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8";
		assertThat(get(oldPost).statusCode()).isEqualTo(404);

		this.redirects.add(new RedirectDraft("/2024/05/28/новости", "/articles/novosti", 301));
		this.redirects.add(new RedirectDraft("/tag/нефть", "/tags/neft", 301));

		HttpResponse<String> post = get(oldPost + "/");
		assertThat(post.statusCode()).isEqualTo(301);
		assertThat(post.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(URI.create(location).getPath()).isEqualTo("/articles/novosti"));
		HttpResponse<String> tag = get("/tag/%D0%BD%D0%B5%D1%84%D1%82%D1%8C/");
		assertThat(tag.statusCode()).isEqualTo(301);
		assertThat(tag.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/tags/neft"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
