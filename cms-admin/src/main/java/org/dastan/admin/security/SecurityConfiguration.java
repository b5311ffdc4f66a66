package org.dastan.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;

import org.dastan.web.security.PublicSiteSecurity;
import org.dastan.web.security.SecurityHeaders;

/**
 * The admin's URL rules in one place: everything under /admin needs a staff login, bar
 * the login pages. This chain comes first and claims /admin alone; the rest of the site
 * goes to cms-web's {@link PublicSiteSecurity}. CSRF protection is on for both.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain adminChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login", SecondFactor.CODE_PAGE)
				.permitAll()
				.requestMatchers("/admin/users/**", "/admin/audit/**", "/admin/redirects/**", "/admin/backup/**",
						"/admin/import/**")
				.hasRole("ADMIN")
				.requestMatchers("/admin/authors/**", "/admin/tags/**", "/admin/sidebar/**", "/admin/pages/**",
						"/admin/rates/**", "/admin/currencies/**", "/admin/media/*/edit", "/admin/media/*/delete",
						"/admin/articles/*/revisions/*/restore", "/admin/articles/*/lead")
				.hasRole("EDITOR")
				.anyRequest()
				.hasRole("AUTHOR"))
			.formLogin((login) -> login.loginPage("/admin/login").defaultSuccessUrl("/admin", true))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			// A form sent after the session ended goes to the login page, not to a 403.
			.addFilterBefore(new EndedSessionFilter(), CsrfFilter.class)
			// A user who has enrolled two-factor login but not yet given a code is sent
			// to give
			// one (see LoginSecurityConfiguration) instead of a 403.
			.exceptionHandling((exceptions) -> exceptions.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(SecondFactor.CODE_PAGE), SecondFactor.FACTOR))
			.headers(SecurityHeaders.all());
		return http.build();
	}

	/** Admins may do all that editors may, and editors all that authors may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("EDITOR")
			.role("EDITOR")
			.implies("AUTHOR")
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
