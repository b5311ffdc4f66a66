package org.dastan.admin.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import org.dastan.core.audit.AuditLog;

/**
 * How staff logins are checked (throttling, same answer for every failure) and the second
 * factor that every URL rule needing a login adds for users who have enrolled. The URL
 * rules themselves stay in {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwoFactorProperties.class)
class LoginSecurityConfiguration {

	@Bean
	StaffAuthenticationProvider staffAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
			AddressThrottle throttle, AuditLog audit) {
		return new StaffAuthenticationProvider(users, encoder, throttle, audit);
	}

	/**
	 * The rules' authorization with the two-factor requirement added; it keeps the role
	 * hierarchy, which a factory of one's own must be given.
	 */
	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> twoFactorAuthorizationManagerFactory(
			RoleHierarchy roleHierarchy) {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setRoleHierarchy(roleHierarchy);
		factory.setAdditionalAuthorization(new TwoFactorAuthorization());
		return factory;
	}

}
