package org.dastan.admin.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.core.article.desk.ArticleDesk.ArticleNotFoundException;
import org.dastan.core.article.desk.NotYoursException;
import org.dastan.core.article.desk.StaleArticleException;

/**
 * How the desk's refusals reach the user: an unknown article is a 404, someone else's
 * article a 403, and a deletion confirmed on a stale page sends the editor back to the
 * article with a message to look again. (Saves and status changes answer conflicts
 * themselves, with the editor's text: see ArticleDeskController.)
 */
@ControllerAdvice(basePackages = "org.dastan.admin")
class ArticleDeskAdvice {

	@ExceptionHandler(ArticleNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return new ModelAndView("admin/error", "message", "admin.error.not-found");
	}

	@ExceptionHandler(NotYoursException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ModelAndView notYours() {
		return new ModelAndView("admin/error", "message", "admin.error.not-yours");
	}

	@ExceptionHandler(StaleArticleException.class)
	String stale(StaleArticleException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.articles.stale");
		return "redirect:/admin/articles/" + ex.articleId();
	}

}
