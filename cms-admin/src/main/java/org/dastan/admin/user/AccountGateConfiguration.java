package org.dastan.admin.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the {@link AccountGate} in front of every admin page. A configuration class rather
 * than a {@code WebMvcConfigurer} component, so that web slice tests of other features
 * leave it out.
 */
@Configuration(proxyBeanMethods = false)
class AccountGateConfiguration {

	@Bean
	WebMvcConfigurer accountGate(StaffAccounts accounts) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				// Security sends a user to the login code page, or to enrol when admins
				// must
				// use two-factor login, before any other page opens; sending those pages
				// to
				// the password page would loop. The gate acts once the code is given.
				registry.addInterceptor(new AccountGate(accounts))
					.addPathPatterns("/admin/**")
					.excludePathPatterns("/admin/login/**", "/admin/account/two-factor/**");
			}
		};
	}

}
