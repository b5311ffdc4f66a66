package org.dastan.admin.edit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link UnsavedFormFilter} outside Spring Session's filter, which needs the
 * database.
 */
@Configuration(proxyBeanMethods = false)
class UnsavedFormConfiguration {

	@Bean
	FilterRegistrationBean<UnsavedFormFilter> unsavedFormFilter(MessageSource messages, LocaleResolver localeResolver) {
		FilterRegistrationBean<UnsavedFormFilter> registration = new FilterRegistrationBean<>(
				new UnsavedFormFilter(messages, localeResolver));
		registration.addUrlPatterns("/admin/*");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
