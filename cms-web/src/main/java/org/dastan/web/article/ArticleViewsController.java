package org.dastan.web.article;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.dastan.core.article.ViewCounter;

/**
 * Receives the beacon an article page sends once it is shown, and counts a view.
 */
@RestController
class ArticleViewsController {

	private final ViewCounter views;

	ArticleViewsController(ViewCounter views) {
		this.views = views;
	}

	@PostMapping("/views/{articleId}")
	ResponseEntity<Void> view(@PathVariable long articleId) {
		this.views.record(articleId);
		return ResponseEntity.noContent().build();
	}

}
