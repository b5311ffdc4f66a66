package org.dastan.web.assets;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served from {@code /css/**}, {@code /js/**} and {@code /webjars/**}
 * only ({@code spring.web.resources.add-mappings=false} turns off Spring Boot's
 * {@code /**} handler). Templates' {@code @{...}} links pass through
 * {@code ResourceUrlEncodingFilter}, which asks every resource handler whose pattern
 * matches the link for a versioned URL: under {@code /**} every page link
 * ({@code /articles/...}, {@code /tags/...}) was looked up on the classpath, a miss that
 * is never cached and that, inside the executable jar, waits on the jar loader's global
 * lock, about a hundred times per rendered page. Page links now match no handler and are
 * left alone.
 * <p>
 * {@code /css} and {@code /js} are linked under a hash of their content, webjars under
 * their version, so browsers may keep them for a year: a changed file gets a new URL.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365));

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true);
	}

}
