package org.dastan.web.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.dastan.core.search.ArticleHit;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.search.DidYouMean;
import org.dastan.core.sidebar.Placement;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.paging.PageNumber;

/**
 * Searches the published articles. An empty query asks for words; a query that finds
 * nothing offers a spelling that does; a page past the last shows the last one, so no
 * query or page number ends in an error.
 */
@Controller
class SearchController {

	private final ArticleSearch search;

	private final DidYouMean didYouMean;

	private final SidebarModel sidebar;

	SearchController(ArticleSearch search, DidYouMean didYouMean, SidebarModel sidebar) {
		this.search = search;
		this.didYouMean = didYouMean;
		this.sidebar = sidebar;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page, Model model) {
		String query = ArticleSearch.clean(q);
		model.addAttribute("query", query);
		if (!query.isEmpty()) {
			Page<ArticleHit> results = results(query, PageNumber.parse(page).toPageable());
			model.addAttribute("results", results);
			if (results.getTotalElements() == 0) {
				model.addAttribute("suggestion", this.didYouMean.suggest(query).orElse(null));
			}
		}
		this.sidebar.addTo(model, Placement.ALL);
		return "search/results";
	}

	private Page<ArticleHit> results(String query, Pageable pageable) {
		Page<ArticleHit> results = this.search.search(query, pageable);
		if (results.hasContent() || results.getTotalPages() == 0) {
			return results;
		}
		return this.search.search(query, pageable.withPage(results.getTotalPages() - 1));
	}

}
