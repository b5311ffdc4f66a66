package org.dastan.core.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every rule about time reads, so that tests can set the time instead of
 * waiting for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsroomProperties.class)
@EnableScheduling
public class CoreConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
