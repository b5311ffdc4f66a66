package org.dastan.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.tag.TagService;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.layout.NewsroomDates;
import org.dastan.web.listing.PageLinks;
import org.dastan.web.media.BodyImages;
import org.dastan.web.media.MediaUrls;

/**
 * A web slice of the given controllers rendering whole public pages: the layout, the
 * template helpers and the public security chain are real; what the layout and sidebar
 * read from the newsroom is mocked (an empty ticker, navigation, sidebar and footer menu
 * unless a test says otherwise; autowire the mock to say so).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ CoreConfiguration.class, ContentCaches.class, MediaStorage.class, LayoutModel.class, SidebarModel.class,
		NewsroomDates.class, MediaUrls.class, BodyImages.class, PageLinks.class })
@MockitoBean(types = { Ticker.class, TagService.class, Sidebar.class, MediaLibrary.class, PublishedPages.class })
public @interface PublicPageTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
