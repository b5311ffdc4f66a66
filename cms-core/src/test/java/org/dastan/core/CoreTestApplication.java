package org.dastan.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configuration core tests start from. Every test context begins with an empty
 * schema, so tests against a long-lived PostgreSQL see the same database as tests against
 * a fresh in-memory H2.
 */
@SpringBootApplication
public class CoreTestApplication {

	/** The admin's security configuration declares the encoder the application uses. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
