package org.dastan.admin.sidebar;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The sidebar's entry in the admin navigation, for editors (and admins).
 */
@Configuration(proxyBeanMethods = false)
class SidebarNavigation {

	@Bean
	AdminNavigationItem sidebarNavigationItem() {
		return new AdminNavigationItem(50, "/admin/sidebar", "admin.nav.sidebar", Set.of("EDITOR"));
	}

}
