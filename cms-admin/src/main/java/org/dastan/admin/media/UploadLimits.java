package org.dastan.admin.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the check for too-large uploads in front of Spring Security, with the request size
 * the server reads ({@code spring.servlet.multipart.max-request-size}).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	@Bean
	FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter(MultipartConfigElement multipart,
			LocaleResolver localeResolver, MessageSource messages, LibraryPage libraryPage) {
		FilterRegistrationBean<OversizedUploadFilter> registration = new FilterRegistrationBean<>(
				new OversizedUploadFilter(multipart.getMaxRequestSize(), localeResolver,
						(locale) -> messages.getMessage("admin.media.error.too-large",
								new Object[] { libraryPage.maxUploadSize().toMessage() }, locale)));
		registration.addUrlPatterns(OversizedUploadFilter.PATH, OversizedUploadFilter.INLINE);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
