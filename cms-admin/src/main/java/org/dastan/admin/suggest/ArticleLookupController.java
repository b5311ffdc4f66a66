package org.dastan.admin.suggest;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.dastan.core.suggest.ArticleChoice;
import org.dastan.core.suggest.SuggestedLinks;

/**
 * Articles whose title holds some text, as JSON for pickers that search while the editor
 * types: {@code GET /admin/articles/lookup?q=&except=}.
 */
@RestController
class ArticleLookupController {

	private final SuggestedLinks links;

	ArticleLookupController(SuggestedLinks links) {
		this.links = links;
	}

	@GetMapping("/admin/articles/lookup")
	List<ArticleChoice> find(@RequestParam(required = false) String q, @RequestParam(defaultValue = "-1") long except) {
		return this.links.choices(q, except);
	}

}
