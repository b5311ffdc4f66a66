package org.dastan.core.rate.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import org.dastan.core.rate.RateProperties;

/**
 * Binds the rates' settings here rather than in the core configuration, so that the rest
 * of the core does not depend on the rate module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateProperties.class)
class RateConfiguration {

}
