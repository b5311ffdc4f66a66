package org.dastan.admin.media;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The media library's entry in the navigation: authors upload and browse pictures too.
 */
@Configuration(proxyBeanMethods = false)
class MediaNavigation {

	@Bean
	AdminNavigationItem mediaNavigationItem() {
		return new AdminNavigationItem(20, "/admin/media", "admin.nav.media", Set.of("AUTHOR"));
	}

}
