package org.dastan.admin.user;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser opens several admin requests at once right after login (page, scripts,
 * lookups): each stores the same new session attributes in the database, and none may
 * fail for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ParallelSessionRequestsTest {

	private static final String PASSWORD = "parallel requests passphrase";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder encoder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aFreshSessionServesParallelRequests() throws Exception {
		if (this.users.findByUsername("parallel").isEmpty()) {
			this.users
				.save(new UserAccount("parallel", "Parallel", this.encoder.encode(PASSWORD), Set.of(Role.EDITOR)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (int round = 0; round < 20; round++) {
				String session = logIn();
				List<CompletableFuture<Integer>> requests = new ArrayList<>();
				for (String path : List.of("/admin", "/admin/tags", "/admin/account", "/admin/authors")) {
					requests.add(CompletableFuture.supplyAsync(() -> status(path, session), pool));
				}
				requests.forEach((request) -> statuses.add(request.join()));
			}
			assertThat(statuses).hasSize(80).containsOnly(200);
		}
		finally {
			pool.shutdown();
		}
	}

	private String logIn() throws Exception {
		HttpResponse<String> page = this.http.send(request("/admin/login", null).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "username=parallel&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> login = this.http
			.send(request("/admin/login", session(page)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return session(login);
	}

	private int status(String path, String session) {
		try {
			return this.http.send(request(path, session).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		return (session != null) ? request.header("Cookie", "SESSION=" + session) : request;
	}

	private static String session(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

}
