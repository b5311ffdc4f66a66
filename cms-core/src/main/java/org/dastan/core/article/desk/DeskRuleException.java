package org.dastan.core.article.desk;

/**
 * An edit the desk's rules refuse, such as a slug already in use; carries a message key
 * and the field it concerns, so the form can show it next to that field.
 *
 * @see ArticleDesk
 */
public class DeskRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public DeskRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field the rule concerns, or {@code null} for the whole form. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
