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
import org.dastan.web.error.NotFoundException;

/**
 * Shows a published article. An old slug answers with a permanent redirect to the current
 * one.
 */
@Controller
class ArticleController {

	private final PublishedArticles articles;

	private final ArticlePageModel pageModel;

	ArticleController(PublishedArticles articles, ArticlePageModel pageModel) {
		this.articles = articles;
		this.pageModel = pageModel;
	}

	@GetMapping("/articles/{slug}")
	Object show(@PathVariable String slug, Model model) {
		Optional<ArticlePage> page = this.articles.findPage(slug);
		if (page.isEmpty()) {
			return redirectIfRenamed(slug);
		}
		return this.pageModel.addTo(model, page.get());
	}

	private RedirectView redirectIfRenamed(String slug) {
		String current = this.articles.findRenamed(slug).orElseThrow(() -> new NotFoundException("Article"));
		RedirectView redirect = new RedirectView("/articles/" + current, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

}
