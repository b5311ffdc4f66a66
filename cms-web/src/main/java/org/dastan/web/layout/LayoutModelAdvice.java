package org.dastan.web.layout;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the layout's attributes into the model of every public controller.
 */
@ControllerAdvice(basePackages = "org.dastan.web")
class LayoutModelAdvice {

	private final LayoutModel layout;

	LayoutModelAdvice(LayoutModel layout) {
		this.layout = layout;
	}

	@ModelAttribute
	void addLayout(Model model) {
		this.layout.addTo(model::addAttribute);
	}

}
