package org.dastan.core.suggest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings of picked links.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestedLinkProperties.class)
class SuggestConfiguration {

}
