package org.dastan.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save the user saw succeed must survive the process being killed. A writer JVM commits
 * rows through the exact datasource URL the application ships with (pointed at a
 * temporary directory) and is killed with SIGKILL mid-run; every row it reported as saved
 * must be in the database afterwards.
 */
class H2DurabilityTest {

	private static final int SAVES_BEFORE_KILL = 300;

	@TempDir
	Path directory;

	@Test
	void keepsEveryAcknowledgedSaveAfterKillMinusNine() throws Exception {
		String url = shippedUrl().replace("./data/", this.directory.toAbsolutePath() + "/");
		Process writer = java(H2WriterProcess.class, url).start();
		int lastAcknowledged = readAcknowledgementsUntil(writer.getInputStream(), SAVES_BEFORE_KILL);
		writer.destroyForcibly();
		assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select count(*), max(id) from saves")) {
			rows.next();
			assertThat(rows.getInt(2)).isGreaterThanOrEqualTo(lastAcknowledged);
			assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2));
		}
	}

	private static int readAcknowledgementsUntil(InputStream output, int count) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
		int last = 0;
		String line;
		while (last < count && (line = reader.readLine()) != null) {
			assertThat(line).startsWith("saved ");
			last = Integer.parseInt(line.substring("saved ".length()));
		}
		assertThat(last).as("writer acknowledged saves").isEqualTo(count);
		return last;
	}

	/** A JVM of its own running the given main class on this test's class path. */
	static ProcessBuilder java(Class<?> main, String... arguments) {
		return java(List.of(), main, arguments);
	}

	/** A JVM of its own with the given options (such as {@code -Xmx512m}). */
	static ProcessBuilder java(List<String> options, Class<?> main, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true);
	}

	/** The H2 URL the application ships with, its files under {@code ./data/}. */
	static String shippedUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = H2DurabilityTest.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/");
		return url;
	}

}
