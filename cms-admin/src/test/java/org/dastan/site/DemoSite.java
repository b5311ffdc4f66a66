package org.dastan.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the demo newsroom, seeded and served at a fixed time, so that
 * dates can be checked to the second. Test classes with this annotation share one
 * application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/test-media/site" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoSite.FixedClock.class)
@interface DemoSite {

	/** 11:00 on 10 January 2026 in the newsroom (Asia/Almaty, UTC+5). */
	Instant NOW = Instant.parse("2026-01-10T06:00:00Z");

	/** The address MockMvc requests go to, which absolute URLs start with. */
	String BASE = "http://localhost";

	/** Stands the demo newsroom at {@link DemoSite#NOW}. */
	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
