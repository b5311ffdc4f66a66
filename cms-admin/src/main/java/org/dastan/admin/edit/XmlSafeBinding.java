package org.dastan.admin.edit;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import org.dastan.core.html.XmlCharacters;

/**
 * Drops characters XML cannot carry (control characters, U+FFFE, lone surrogates) from
 * everything typed into an admin form, so that they never reach the database, the feeds
 * or the sitemaps; feeds and sitemaps drop them again for older content.
 */
@ControllerAdvice(basePackages = "org.dastan.admin")
class XmlSafeBinding {

	@InitBinder
	void dropCharactersXmlCannotCarry(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(XmlCharacters.strip(text));
			}

		});
	}

}
