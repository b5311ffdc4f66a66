package org.dastan.admin.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.dastan.core.article.ArticleRepository;
import org.dastan.core.author.AuthorRepository;

/**
 * The admin dashboard. For now it greets the user and counts what the newsroom holds.
 */
@Controller
class AdminHomeController {

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	AdminHomeController(ArticleRepository articles, AuthorRepository authors) {
		this.articles = articles;
		this.authors = authors;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("articleCount", this.articles.count());
		model.addAttribute("authorCount", this.authors.count());
		return "admin/home";
	}

}
