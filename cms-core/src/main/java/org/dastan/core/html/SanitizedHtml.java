package org.dastan.core.html;

import java.util.Objects;

/**
 * HTML that has passed the {@link HtmlSanitizer}. Only the sanitizer makes one, so an
 * entity that accepts this type cannot be handed raw markup.
 */
public final class SanitizedHtml {

	private final String html;

	SanitizedHtml(String html) {
		this.html = Objects.requireNonNull(html);
	}

	public String html() {
		return this.html;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SanitizedHtml that) && this.html.equals(that.html);
	}

	@Override
	public int hashCode() {
		return this.html.hashCode();
	}

	@Override
	public String toString() {
		return this.html;
	}

}
