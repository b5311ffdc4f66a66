package org.dastan.admin.redirect;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The redirects' entry in the admin navigation, for admins: a redirect can send every
 * reader of an address anywhere on the web, as only those who run the site may.
 */
@Configuration(proxyBeanMethods = false)
class RedirectNavigation {

	@Bean
	AdminNavigationItem redirectsNavigationItem() {
		return new AdminNavigationItem(75, "/admin/redirects", "admin.nav.redirects", Set.of("ADMIN"));
	}

}
