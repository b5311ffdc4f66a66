package org.dastan.web.feed;

import java.time.Duration;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.feed.FeedArticles;
import org.dastan.core.feed.Listings;
import org.dastan.core.feed.SitemapEntries;
import org.dastan.core.feed.SitemapEntry;
import org.dastan.core.page.PageSitemapEntry;
import org.dastan.core.page.PublishedPages;
import org.dastan.web.error.NotFoundException;

/**
 * Sitemaps for search engines. {@code /sitemap.xml} lists every public page while they
 * fit in one file; beyond that it becomes an index of {@code /sitemaps/pages.xml} and
 * {@code /sitemaps/articles-N.xml} files. {@code /news-sitemap.xml} lists the last two
 * days' articles for Google News. The front, section, tag and author pages and the static
 * pages are taken to fit in one file.
 */
@Controller
class SitemapController {

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	/** Google News takes articles from the last two days. */
	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	private final SitemapEntries entries;

	private final FeedArticles articles;

	private final PublishedPages pages;

	private final SiteUrls urls;

	private final String siteName;

	SitemapController(SitemapEntries entries, FeedArticles articles, PublishedPages pages, SiteUrls urls,
			NewsroomProperties newsroom) {
		this.entries = entries;
		this.articles = articles;
		this.pages = pages;
		this.urls = urls;
		this.siteName = newsroom.name();
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		Listings listings = this.entries.listings();
		List<PageSitemapEntry> staticPages = this.pages.sitemap();
		long articleCount = this.entries.countArticles();
		if (listings.size() + staticPages.size() + articleCount <= this.entries.urlsPerFile()) {
			return xml(articles(listings(SitemapWriter.urlset(), listings, staticPages), 0).finish());
		}
		SitemapWriter index = SitemapWriter.index().sitemap(this.urls.absolute("/sitemaps/pages.xml"), listings.home());
		for (int number = 1; number <= articleFiles(articleCount); number++) {
			index.sitemap(this.urls.absolute("/sitemaps/articles-" + number + ".xml"), null);
		}
		return xml(index.finish());
	}

	@GetMapping("/sitemaps/pages.xml")
	ResponseEntity<String> pages() {
		return xml(listings(SitemapWriter.urlset(), this.entries.listings(), this.pages.sitemap()).finish());
	}

	@GetMapping("/sitemaps/articles-{number:\\d{1,9}}.xml")
	ResponseEntity<String> articles(@PathVariable int number) {
		if (number < 1 || number > articleFiles(this.entries.countArticles())) {
			throw new NotFoundException("Sitemap");
		}
		return xml(articles(SitemapWriter.urlset(), number - 1).finish());
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<String> news() {
		SitemapWriter sitemap = SitemapWriter.newsUrlset();
		String language = RssChannels.LANGUAGE.getLanguage();
		this.articles.publishedWithin(NEWS_WINDOW)
			.forEach((article) -> sitemap.news(this.urls.article(article.slug()), this.siteName, language,
					article.publishedAt(), article.title()));
		return xml(sitemap.finish());
	}

	private SitemapWriter listings(SitemapWriter sitemap, Listings listings, List<PageSitemapEntry> staticPages) {
		sitemap.url(this.urls.absolute("/"), listings.home());
		staticPages.forEach((page) -> sitemap.url(this.urls.absolute(page.path()), page.lastModified()));
		listings.sections().forEach((section) -> add(sitemap, "/sections/", section));
		listings.topics().forEach((topic) -> add(sitemap, "/tags/", topic));
		listings.authors().forEach((author) -> add(sitemap, "/authors/", author));
		return sitemap;
	}

	private SitemapWriter articles(SitemapWriter sitemap, int page) {
		this.entries.articles(page).forEach((article) -> add(sitemap, "/articles/", article));
		return sitemap;
	}

	private void add(SitemapWriter sitemap, String prefix, SitemapEntry entry) {
		sitemap.url(this.urls.absolute(prefix + entry.slug()), entry.lastModified());
	}

	private long articleFiles(long articleCount) {
		int perFile = this.entries.urlsPerFile();
		return (articleCount + perFile - 1) / perFile;
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

}
