package org.dastan.admin.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the page a browser shows: as served (fetched again with the browser's session)
 * it passes the Nu Html Checker, and as shown it has no blocking axe-core violations.
 */
final class PageCheck {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private PageCheck() {
	}

	static void served(WebDriver driver) throws Exception {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(driver.getCurrentUrl()))
			.header("Cookie", cookies)
			.header("Accept", "text/html")
			.build();
		String served = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
		assertThat(HtmlChecker.errors(served)).as("Nu Html Checker errors on " + driver.getCurrentUrl()).isEmpty();
		shown(driver);
	}

	static void shown(WebDriver driver) {
		assertThat(AxeCheck.blocking(driver)).as("axe violations on " + driver.getCurrentUrl()).isEmpty();
	}

}
