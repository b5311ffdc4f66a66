package org.dastan.web.home;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.sidebar.Placement;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.paging.PageNumber;

/**
 * The front page: the latest published articles, newest first, with the lead story on top
 * of the first page.
 */
@Controller
class HomeController {

	private static final int SECTION_BLOCK_SIZE = 3;

	private final PublishedArticles articles;

	private final SidebarModel sidebar;

	HomeController(PublishedArticles articles, SidebarModel sidebar) {
		this.articles = articles;
		this.sidebar = sidebar;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "page", required = false) String page, Model model) {
		Page<ArticleCard> latest = this.articles.latest(PageNumber.parse(page).toPageable());
		model.addAttribute("articles", latest);
		model.addAttribute("sections",
				latest.isFirst() ? this.articles.latestBySection(SECTION_BLOCK_SIZE) : List.of());
		this.sidebar.addTo(model, Placement.HOME);
		return "home";
	}

}
