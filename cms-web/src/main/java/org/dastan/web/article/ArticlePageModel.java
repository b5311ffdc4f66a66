package org.dastan.web.article;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.dastan.core.article.ArticlePage;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.suggest.SuggestedArticles;
import org.dastan.web.layout.SidebarModel;

/**
 * Everything the article page's template shows of an article: the story, its address,
 * what it tells social sites (Open Graph) and search engines (structured data), Suggested
 * Articles and the sidebar. The public page and the admin's preview both build their
 * model here, so an editor sees what readers will, and the two cannot drift apart.
 */
@Component
public class ArticlePageModel {

	private final SuggestedArticles suggested;

	private final SidebarModel sidebar;

	private final ArticleStructuredData structuredData;

	ArticlePageModel(SuggestedArticles suggested, SidebarModel sidebar, ArticleStructuredData structuredData) {
		this.suggested = suggested;
		this.sidebar = sidebar;
		this.structuredData = structuredData;
	}

	/**
	 * Adds the article page's attributes to a model that already holds the layout's
	 * ({@code LayoutModel}), whose base URL the page's links start from, and returns the
	 * view that renders them.
	 */
	public String addTo(Model model, ArticlePage article) {
		String baseUrl = (String) model.getAttribute("baseUrl");
		model.addAttribute("article", article);
		// The article's own address, wherever the page is shown (the preview is not).
		model.addAttribute("canonicalUrl", baseUrl + "/articles/" + article.slug());
		model.addAttribute("ogType", "article");
		model.addAttribute("ogImage", article.image());
		model.addAttribute("structuredData", this.structuredData.describe(article, baseUrl));
		model.addAttribute("suggestions", this.suggested.forArticle(article));
		this.sidebar.addTo(model, Placement.ARTICLE);
		return "article/article";
	}

}
