package org.dastan.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.dastan.DastanApplication;

/**
 * The whole application in a JVM of its own, with one page that holds a database
 * connection for a while, reading at its start and its end, as a slow page in flight at
 * SIGTERM would. Prints {@code ready <port>} once it serves and {@code entered} when that
 * page starts.
 */
final class DrainingProcess {

	static final long SLOW_PAGE_MILLIS = 2_000;

	private DrainingProcess() {
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication
			.run(new Class<?>[] { DastanApplication.class, SlowPage.class }, args);
		System.out.println("ready " + context.getEnvironment().getProperty("local.server.port"));
		System.out.flush();
	}

	@RestController
	static class SlowPage {

		private final JdbcTemplate jdbc;

		SlowPage(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/slow-page")
		String slowPage() {
			return this.jdbc.execute((Connection connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select 1");
					System.out.println("entered");
					System.out.flush();
					Thread.sleep(SLOW_PAGE_MILLIS);
					try (ResultSet count = statement.executeQuery("select count(*) from articles")) {
						count.next();
						return "articles: " + count.getLong(1);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			});
		}

	}

}
