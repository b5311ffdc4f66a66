package org.dastan.admin.author;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The authors' entry in the admin navigation, for editors (and admins).
 */
@Configuration(proxyBeanMethods = false)
class AuthorNavigation {

	@Bean
	AdminNavigationItem authorsNavigationItem() {
		return new AdminNavigationItem(30, "/admin/authors", "admin.nav.authors", Set.of("EDITOR"));
	}

}
