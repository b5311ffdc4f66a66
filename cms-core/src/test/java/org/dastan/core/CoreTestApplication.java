package org.dastan.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The configuration core tests start from. Every test context begins with an empty
 * schema, so tests against a long-lived PostgreSQL see the same database as tests against
 * a fresh in-memory H2.
 */
@SpringBootApplication
public class CoreTestApplication {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
