package org.dastan.admin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.dastan.admin.navigation.AdminNavigation;
import org.dastan.core.media.MediaStorage;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.security.PublicSiteSecurity;

/**
 * A web slice test of admin controllers behind the real URL rules, role hierarchy and
 * CSRF protection, with the admin layout's navigation. The public site's layout and
 * media, which the slice picks up but admin pages do not use, are mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ActiveProfiles("test")
@Import({ SecurityConfiguration.class, PublicSiteSecurity.class, AdminNavigation.class })
@MockitoBean(types = { LayoutModel.class, MediaStorage.class })
public @interface AdminWebMvcTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
