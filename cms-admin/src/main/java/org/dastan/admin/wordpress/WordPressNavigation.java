package org.dastan.admin.wordpress;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The WordPress import's entry in the admin navigation, for admins: an import writes
 * articles, authors, accounts and redirects all at once.
 */
@Configuration(proxyBeanMethods = false)
class WordPressNavigation {

	@Bean
	AdminNavigationItem wordPressImportNavigationItem() {
		return new AdminNavigationItem(76, "/admin/import", "admin.nav.import", Set.of("ADMIN"));
	}

}
