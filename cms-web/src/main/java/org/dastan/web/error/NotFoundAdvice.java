package org.dastan.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the friendly 404 page directly when a public controller finds nothing, rather
 * than leaving it to the container's error dispatch.
 */
@ControllerAdvice(basePackages = "org.dastan.web")
class NotFoundAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

}
