package org.dastan.web.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.dastan.core.article.ArticlePage;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.layout.NewsroomDates;

/**
 * Describes an article to search engines as schema.org JSON-LD: the {@code NewsArticle}
 * itself and the breadcrumb trail from the front page through its section.
 */
@Component
class ArticleStructuredData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NewsroomProperties properties;

	private final NewsroomDates dates;

	ArticleStructuredData(NewsroomProperties properties, NewsroomDates dates) {
		this.properties = properties;
		this.dates = dates;
	}

	List<String> describe(ArticlePage article, String baseUrl) {
		String url = baseUrl + "/articles/" + article.slug();
		Map<String, Object> news = new LinkedHashMap<>();
		news.put("@context", "https://schema.org");
		news.put("@type", "NewsArticle");
		news.put("mainEntityOfPage", url);
		news.put("headline", article.title());
		if (article.standfirst() != null) {
			news.put("description", article.standfirst());
		}
		if (article.image() != null) {
			news.put("image", List.of(baseUrl + "/media/" + article.image().fileName()));
		}
		// A draft (seen in the preview) has no dates yet.
		if (article.publishedAt() != null) {
			news.put("datePublished", this.dates.iso(article.publishedAt()));
		}
		Instant modified = (article.updatedAt() != null) ? article.updatedAt() : article.publishedAt();
		if (modified != null) {
			news.put("dateModified", this.dates.iso(modified));
		}
		news.put("author",
				article.authors()
					.stream()
					.map((author) -> Map.of("@type", "Person", "name", author.name(), "url",
							baseUrl + "/authors/" + author.slug()))
					.toList());
		news.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", this.properties.name(), "url", baseUrl));
		if (article.section() != null) {
			news.put("articleSection", article.section().name());
		}
		return List.of(json(news), json(breadcrumbs(article, baseUrl, url)));
	}

	private Map<String, Object> breadcrumbs(ArticlePage article, String baseUrl, String url) {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(crumb(1, this.properties.name(), baseUrl + "/"));
		if (article.section() != null) {
			items.add(crumb(2, article.section().name(), baseUrl + "/sections/" + article.section().slug()));
		}
		items.add(crumb(items.size() + 1, article.title(), url));
		return Map.of("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items);
	}

	private static Map<String, Object> crumb(int position, String name, String url) {
		return Map.of("@type", "ListItem", "position", position, "name", name, "item", url);
	}

	// The JSON sits inside a <script> element: escaping '<' keeps a title like
	// "</script>" from ending it early.
	private static String json(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c");
	}

}
