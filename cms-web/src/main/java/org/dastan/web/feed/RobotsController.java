package org.dastan.web.feed;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * robots.txt: crawlers may read the whole public site but not the admin under
 * {@code /admin}, and learn where the sitemaps are.
 */
@Controller
class RobotsController {

	static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final SiteUrls urls;

	RobotsController(SiteUrls urls) {
		this.urls = urls;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Allow: /
				Disallow: /admin

				Sitemap: %s
				Sitemap: %s
				""".formatted(this.urls.absolute("/sitemap.xml"), this.urls.absolute("/news-sitemap.xml"));
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

}
