package org.dastan.admin.article;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.article.ArticlePage;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.suggest.SuggestedArticles;
import org.dastan.web.layout.LayoutModel;

/**
 * Shows an article, drafts included, through the public page's template, so editors see
 * what readers will. It lives under /admin, so only logged-in staff reach it.
 */
@Controller
class ArticlePreviewController {

	private final ArticleDesk desk;

	private final PublishedArticles pages;

	private final SuggestedArticles suggested;

	private final Sidebar sidebar;

	private final LayoutModel layout;

	private final CurrentEditor editors;

	ArticlePreviewController(ArticleDesk desk, PublishedArticles pages, SuggestedArticles suggested, Sidebar sidebar,
			LayoutModel layout, CurrentEditor editors) {
		this.desk = desk;
		this.pages = pages;
		this.suggested = suggested;
		this.sidebar = sidebar;
		this.layout = layout;
		this.editors = editors;
	}

	@GetMapping("/admin/articles/{id}/preview")
	String preview(@PathVariable long id, Authentication user, Model model) {
		this.desk.open(id, this.editors.of(user));
		ArticlePage page = this.pages.preview(id);
		this.layout.addTo(model::addAttribute);
		model.addAttribute("article", page);
		model.addAttribute("preview", true);
		model.addAttribute("suggestions", this.suggested.forArticle(page));
		model.addAttribute("sidebar", this.sidebar.blocksFor(Placement.ARTICLE));
		return "article/article";
	}

}
