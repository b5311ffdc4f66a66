package org.dastan.admin.navigation;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's entry in the navigation, seen by all staff (authors, and through the
 * role hierarchy editors and admins).
 */
@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

	@Bean
	AdminNavigationItem dashboardNavigationItem() {
		return new AdminNavigationItem(0, "/admin", "admin.nav.dashboard", Set.of("AUTHOR"));
	}

}
