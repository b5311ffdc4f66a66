package org.dastan.admin.user;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The navigation entries of this feature: users for admins, and everyone's own account.
 */
@Configuration(proxyBeanMethods = false)
class UserNavigation {

	@Bean
	AdminNavigationItem usersNavigationItem() {
		return new AdminNavigationItem(80, "/admin/users", "admin.nav.users", Set.of("ADMIN"));
	}

	@Bean
	AdminNavigationItem accountNavigationItem() {
		return new AdminNavigationItem(90, "/admin/account", "admin.nav.account", Set.of("AUTHOR"));
	}

}
