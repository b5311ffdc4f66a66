package org.dastan.web.assets;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served from {@code /css/**}, {@code /js/**}, {@code /webjars/**} and
 * the site's icon at {@code /favicon.ico} only
 * ({@code spring.web.resources.add-mappings=false} turns off Spring Boot's {@code /**}
 * handler). Templates' {@code @{...}} links pass through
 * {@code ResourceUrlEncodingFilter}, which asks every resource handler whose pattern
 * matches the link for a versioned URL: under {@code /**} every page link
 * ({@code /articles/...}, {@code /tags/...}) was looked up on the classpath, a miss that
 * is never cached and that, inside the executable jar, waits on the jar loader's global
 * lock, about a hundred times per rendered page. Page links now match no handler and are
 * left alone.
 * <p>
 * {@code /css} and {@code /js} are linked under a hash of their content, webjars under
 * their version, so browsers may keep them for a year: a changed file gets a new URL. The
 * icon is linked the same way ({@code /favicon-<hash>.ico}); browsers and crawlers that
 * ask for {@code /favicon.ico} without reading the page get it there too, kept as long.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365));

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			hashed(registry, "/" + folder + "/**", "classpath:/static/" + folder + "/");
		}
		// One pattern for both names: "*" may match nothing, and the path it leaves is
		// the file's name.
		hashed(registry, "/favicon*.ico", "classpath:/static/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true);
	}

	private static void hashed(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
