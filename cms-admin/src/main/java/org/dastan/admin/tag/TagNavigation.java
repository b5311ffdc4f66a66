package org.dastan.admin.tag;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The tags' entry in the admin navigation, for editors (and admins).
 */
@Configuration(proxyBeanMethods = false)
class TagNavigation {

	@Bean
	AdminNavigationItem tagsNavigationItem() {
		return new AdminNavigationItem(40, "/admin/tags", "admin.nav.tags", Set.of("EDITOR"));
	}

}
