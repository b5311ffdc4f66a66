package org.dastan.admin.article;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The articles' entry in the admin navigation, for all staff.
 */
@Configuration(proxyBeanMethods = false)
class ArticleNavigation {

	@Bean
	AdminNavigationItem articlesNavigationItem() {
		return new AdminNavigationItem(10, "/admin/articles", "admin.nav.articles", Set.of("AUTHOR"));
	}

}
