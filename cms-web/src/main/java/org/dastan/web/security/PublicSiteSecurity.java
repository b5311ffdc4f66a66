package org.dastan.web.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The public site's filter chain: every page, feed, file and error is open to all, CSRF
 * protection is on, and the hardening headers go on every answer. It takes whatever no
 * other chain claims, so the admin puts its own chain, with a {@code securityMatcher},
 * before it. Pages answer only GET and HEAD; other methods are refused by the CSRF check
 * or, with a token, by Spring MVC (405).
 */
@Configuration(proxyBeanMethods = false)
public class PublicSiteSecurity {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// The view beacon changes nothing a reader owns and cannot carry a token from
			// a cached page.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/views/**"))
			.headers(SecurityHeaders.all());
		return http.build();
	}

	/**
	 * A request the firewall refuses (an encoded dot or slash, say) ends before the
	 * header writers run, so its 400 gets the headers here.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			SecurityHeaders.NAMES_AND_VALUES.forEach(response::setHeader);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

}
