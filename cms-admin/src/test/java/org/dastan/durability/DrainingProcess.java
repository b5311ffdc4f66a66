package org.dastan.durability;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.dastan.DastanApplication;

/**
 * The whole application in a JVM of its own, with one page that takes a while and reads
 * the database at its end, as a slow page in flight at SIGTERM would. Prints
 * {@code ready <port>} once it serves and {@code entered} when that page starts.
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
		String slowPage() throws InterruptedException {
			System.out.println("entered");
			System.out.flush();
			Thread.sleep(SLOW_PAGE_MILLIS);
			return "articles: " + this.jdbc.queryForObject("select count(*) from articles", Long.class);
		}

	}

}
