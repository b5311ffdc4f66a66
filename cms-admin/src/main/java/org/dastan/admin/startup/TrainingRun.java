package org.dastan.admin.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A training run ({@code dastan.training-run=true}): the application starts as it does
 * for readers, on an empty database and so with the demo newsroom, and exits once ready.
 * The build runs it with {@code -XX:ArchiveClassesAtExit} (cms-admin's {@code pom.xml}),
 * so that the JVM records every class a first start loads, the demo's image and search
 * classes included, where Spring's {@code spring.context.exit=onRefresh} stops before
 * them.
 */
@Component
@ConditionalOnBooleanProperty("dastan.training-run")
class TrainingRun {

	@EventListener(ApplicationReadyEvent.class)
	void exitOnceReady(ApplicationReadyEvent ready) {
		System.exit(SpringApplication.exit(ready.getApplicationContext(), () -> 0));
	}

}
