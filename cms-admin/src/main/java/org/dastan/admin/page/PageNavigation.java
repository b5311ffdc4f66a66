package org.dastan.admin.page;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The static pages' entry in the admin navigation, for editors (and admins).
 */
@Configuration(proxyBeanMethods = false)
class PageNavigation {

	@Bean
	AdminNavigationItem pagesNavigationItem() {
		return new AdminNavigationItem(45, "/admin/pages", "admin.nav.pages", Set.of("EDITOR"));
	}

}
