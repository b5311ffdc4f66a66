package org.dastan.web.redirect;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import org.dastan.core.redirect.RedirectLookup;

/**
 * Where the public site answers old addresses: on its 404 path, and for the home page's
 * WordPress queries first of all filters, ahead of the page cache.
 */
@Configuration(proxyBeanMethods = false)
public class RedirectsOnSite {

	@Bean
	UnknownPathRedirects unknownPathRedirects(RedirectLookup lookup) {
		return new UnknownPathRedirects(lookup);
	}

	@Bean
	FilterRegistrationBean<HomeQueryRedirects> homeQueryRedirects(RedirectLookup lookup) {
		FilterRegistrationBean<HomeQueryRedirects> registration = new FilterRegistrationBean<>(
				new HomeQueryRedirects(lookup));
		registration.addUrlPatterns("/");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
