package org.dastan.web.article;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

import org.dastan.core.article.ArticlePage;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.suggest.SuggestedArticles;
import org.dastan.web.error.NotFoundException;

/**
 * Shows a published article. An old slug answers with a permanent redirect to the current
 * one.
 */
@Controller
class ArticleController {

	private final PublishedArticles articles;

	private final SuggestedArticles suggested;

	private final Sidebar sidebar;

	private final ArticleStructuredData structuredData;

	ArticleController(PublishedArticles articles, SuggestedArticles suggested, Sidebar sidebar,
			ArticleStructuredData structuredData) {
		this.articles = articles;
		this.suggested = suggested;
		this.sidebar = sidebar;
		this.structuredData = structuredData;
	}

	@GetMapping("/articles/{slug}")
	Object show(@PathVariable String slug, Model model) {
		Optional<ArticlePage> page = this.articles.findPage(slug);
		if (page.isEmpty()) {
			return redirectIfRenamed(slug);
		}
		model.addAttribute("article", page.get());
		model.addAttribute("ogType", "article");
		model.addAttribute("ogImage", page.get().image());
		model.addAttribute("structuredData",
				this.structuredData.describe(page.get(), (String) model.getAttribute("baseUrl")));
		model.addAttribute("suggestions", this.suggested.forArticle(page.get()));
		model.addAttribute("sidebar", this.sidebar.blocksFor(Placement.ARTICLE));
		return "article/article";
	}

	private RedirectView redirectIfRenamed(String slug) {
		String current = this.articles.findRenamed(slug).orElseThrow(() -> new NotFoundException("Article"));
		RedirectView redirect = new RedirectView("/articles/" + current, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

}
