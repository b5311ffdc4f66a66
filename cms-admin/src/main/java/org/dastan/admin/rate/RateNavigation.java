package org.dastan.admin.rate;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The rates' and currencies' entries in the admin navigation, for editors (and admins).
 */
@Configuration(proxyBeanMethods = false)
class RateNavigation {

	@Bean
	AdminNavigationItem ratesNavigationItem() {
		return new AdminNavigationItem(50, "/admin/rates", "admin.nav.rates", Set.of("EDITOR"));
	}

	@Bean
	AdminNavigationItem currenciesNavigationItem() {
		return new AdminNavigationItem(51, "/admin/currencies", "admin.nav.currencies", Set.of("EDITOR"));
	}

}
