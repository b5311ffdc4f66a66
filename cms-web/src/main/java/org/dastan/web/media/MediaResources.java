package org.dastan.web.media;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.dastan.core.media.MediaStorage;

/**
 * Serves {@code /media/**} from the media directory. Stored names are never reused, so
 * browsers may cache them for a year.
 */
@Configuration(proxyBeanMethods = false)
class MediaResources implements WebMvcConfigurer {

	private final MediaStorage storage;

	MediaResources(MediaStorage storage) {
		this.storage = storage;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/media/**")
			.addResourceLocations("file:" + this.storage.directory() + "/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
