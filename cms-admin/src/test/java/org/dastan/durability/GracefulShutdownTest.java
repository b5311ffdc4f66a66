package org.dastan.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SIGTERM the server drains before the database closes: a page in flight, which reads
 * the database at its end, still completes with 200, and nothing reports the database
 * closed. The application runs in a JVM of its own with the datasource URL it ships with
 * (pointed at a temporary directory), since H2 closes its databases in a JVM shutdown
 * hook.
 */
class GracefulShutdownTest {

	@TempDir
	Path directory;

	@Test
	void finishesAPageInFlightWhenTerminated() throws Exception {
		Process app = startNode("--dastan.shutdown.drain-delay=0s");
		try {
			List<String> output = collect(app.getInputStream());
			String port = awaitLine(output, "ready ").substring("ready ".length());

			CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
				.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow-page")).build(),
						HttpResponse.BodyHandlers.ofString());
			awaitLine(output, "entered");
			app.destroy();

			HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
			assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("articles: 0");
			// The node's log file, not its console: under Surefire the child's console
			// output stops reaching the test at SIGTERM.
			List<String> log = Files.readAllLines(this.directory.resolve("app.log"));
			assertThat(log).noneMatch((line) -> line.contains("already closed"));
			assertThat(lineOf(log, "Graceful shutdown complete")).as("requests drained before the pool closed")
				.isLessThan(lineOf(log, "HikariPool-1 - Shutdown initiated"));
		}
		finally {
			app.destroyForcibly();
		}
	}

	@Test
	void keepsServingWithReadinessDownForTheDrainDelay() throws Exception {
		Process app = startNode("--dastan.shutdown.drain-delay=10s");
		try {
			List<String> output = collect(app.getInputStream());
			String base = "http://127.0.0.1:" + awaitLine(output, "ready ").substring("ready ".length());
			HttpClient client = HttpClient.newHttpClient();
			assertThat(status(client, base + "/actuator/health/readiness")).isEqualTo(200);

			app.destroy();
			// What a load balancer sees during the delay: the node no longer ready, yet
			// answering every request. Without the delay the listener closes at once and
			// readiness is never seen down.
			assertThat(readinessOnceDown(client, base)).isEqualTo(503);
			assertThat(status(client, base + "/slow-page")).isEqualTo(200);
			assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			app.destroyForcibly();
		}
	}

	/**
	 * The application in a JVM of its own with the datasource URL it ships with, pointed
	 * at the test's directory, logging to {@code app.log} there as well.
	 */
	private Process startNode(String drainDelay) throws IOException {
		String url = H2DurabilityTest.shippedUrl().replace("./data/", this.directory.toAbsolutePath() + "/");
		return H2DurabilityTest.java(DrainingProcess.class, "--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=" + url, "--dastan.demo.enabled=false", "--dastan.rates.import-enabled=false",
				drainDelay, "--dastan.media-dir=" + this.directory.resolve("media"),
				"--logging.file.name=" + this.directory.resolve("app.log"),
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + this.directory.resolve("index"))
			.start();
	}

	private static int lineOf(List<String> log, String text) {
		for (int i = 0; i < log.size(); i++) {
			if (log.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("No line with " + text + " in the node's log");
	}

	/** The readiness status once it is no longer 200, polled as a balancer would. */
	private static int readinessOnceDown(HttpClient client, String base) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
		int status = status(client, base + "/actuator/health/readiness");
		while (status == 200 && System.nanoTime() < deadline) {
			Thread.sleep(100);
			status = status(client, base + "/actuator/health/readiness");
		}
		return status;
	}

	private static int status(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/** The process's output lines, as they come. */
	static List<String> collect(InputStream stream) {
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				lines.lines().forEach(output::add);
			}
			catch (IOException | UncheckedIOException ex) {
				// The process ended.
			}
		});
		reader.setDaemon(true);
		reader.start();
		return output;
	}

	private static String awaitLine(List<String> output, String start) throws InterruptedException {
		return awaitLine(output, "starting with " + start, (line) -> line.startsWith(start));
	}

	/** The first output line that matches, waiting for it for up to five minutes. */
	static String awaitLine(List<String> output, String description, Predicate<String> matches)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			for (String line : output) {
				if (matches.test(line)) {
					return line;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No line " + description + " in:\n" + String.join("\n", output));
	}

}
