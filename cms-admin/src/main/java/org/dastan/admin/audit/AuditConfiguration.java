package org.dastan.admin.audit;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.dastan.admin.navigation.AdminNavigationItem;
import org.dastan.core.audit.AuditLog;

/**
 * Records changes made under {@code /admin}, and lists the audit log for admins. The code
 * step of login records itself, with the outcome of the check.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	WebMvcConfigurer adminChangeAudit(AuditLog audit) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new AdminChangeRecorder(audit))
					.addPathPatterns("/admin/**")
					.excludePathPatterns("/admin/login/**");
			}

		};
	}

	@Bean
	AdminNavigationItem auditNavigationItem() {
		return new AdminNavigationItem(90, "/admin/audit", "admin.nav.audit", Set.of("ADMIN"));
	}

}
