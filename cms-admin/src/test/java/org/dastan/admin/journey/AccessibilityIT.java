package org.dastan.admin.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.deque.html.axecore.results.Results;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type, in English and Russian, passes the Nu Html Checker with no errors and
 * axe-core with no serious or critical violations, as served to a real Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/it-media/accessibility" })
@ActiveProfiles("test")
class AccessibilityIT {

	private static WebDriver driver;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start(1280, 1024);
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "/, en", "/, ru", "/?page=2, en", "/articles/rogun-dam-turbine-milestone, en",
			"/articles/rogun-dam-turbine-milestone, ru", "/sections/kazakhstan, en", "/sections/kazakhstan, ru",
			"/tags/energy, en", "/tags/energy, ru", "/authors/daniel-hughes, en", "/authors/daniel-hughes, ru",
			"/rates, en", "/rates, ru", "/search?q=harvest, en", "/search?q=harvest, ru", "/search?q=, en",
			"/about, en", "/about, ru", "/no/such/page, en", "/no/such/page, ru", "/admin/login, en" })
	void pagePassesTheHtmlCheckerAndAxe(String path, String language) throws Exception {
		String url = "http://localhost:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang=" + language;

		List<String> htmlErrors = HtmlChecker.errors(served(url));
		driver.get(url);
		Results axe = AxeCheck.analyze(driver);
		List<String> blocking = AxeCheck.blocking(axe);

		System.out.printf("accessibility %-45s %s: Nu errors %d, axe serious/critical %d, all axe violations %s%n",
				path, language, htmlErrors.size(), blocking.size(),
				axe.getViolations().stream().map((rule) -> rule.getId() + "/" + rule.getImpact()).toList());
		assertThat(htmlErrors).as("Nu Html Checker errors").isEmpty();
		assertThat(blocking).as("axe serious or critical violations").isEmpty();
	}

	private String served(String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
