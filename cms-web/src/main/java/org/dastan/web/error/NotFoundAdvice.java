package org.dastan.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.dastan.web.layout.LayoutModel;

/**
 * Renders the friendly 404 page, within the site's layout, when a public controller finds
 * nothing. Exception handlers get a fresh model, so the layout's attributes are added
 * here again.
 */
@ControllerAdvice(basePackages = "org.dastan.web")
class NotFoundAdvice {

	private final LayoutModel layout;

	NotFoundAdvice(LayoutModel layout) {
		this.layout = layout;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		this.layout.addTo(page::addObject);
		return page;
	}

}
