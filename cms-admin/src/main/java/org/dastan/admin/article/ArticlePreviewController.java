package org.dastan.admin.article;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.article.PublishedArticles;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.web.article.ArticlePageModel;
import org.dastan.web.layout.LayoutModel;

/**
 * Shows an article, drafts included, as the public page will: the same template and the
 * same model, Open Graph and structured data included. It lives under /admin, so only
 * logged-in staff reach it.
 */
@Controller
class ArticlePreviewController {

	private final ArticleDesk desk;

	private final PublishedArticles pages;

	private final ArticlePageModel pageModel;

	private final LayoutModel layout;

	private final CurrentEditor editors;

	ArticlePreviewController(ArticleDesk desk, PublishedArticles pages, ArticlePageModel pageModel, LayoutModel layout,
			CurrentEditor editors) {
		this.desk = desk;
		this.pages = pages;
		this.pageModel = pageModel;
		this.layout = layout;
		this.editors = editors;
	}

	@GetMapping("/admin/articles/{id}/preview")
	String preview(@PathVariable long id, Authentication user, Model model, HttpServletResponse response) {
		this.desk.open(id, this.editors.of(user));
		this.layout.addTo(model::addAttribute);
		String view = this.pageModel.addTo(model, this.pages.preview(id));
		// Where a preview differs from the public page: a banner says what it is, no
		// reader's view is counted, search engines are told to leave it alone and no
		// cache keeps it (a draft may hold what must not be out yet).
		model.addAttribute("preview", true);
		model.addAttribute("robots", "noindex, nofollow");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return view;
	}

}
