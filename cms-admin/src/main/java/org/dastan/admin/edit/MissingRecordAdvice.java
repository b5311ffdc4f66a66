package org.dastan.admin.edit;

import java.io.IOException;

import jakarta.persistence.EntityNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers an admin request for a record that does not exist, or was deleted meanwhile,
 * with the 404 page rather than a failure.
 */
@ControllerAdvice(basePackages = "org.dastan.admin")
class MissingRecordAdvice {

	@ExceptionHandler(EntityNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
