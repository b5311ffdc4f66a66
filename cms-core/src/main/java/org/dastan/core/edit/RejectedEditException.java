package org.dastan.core.edit;

import java.util.Arrays;

/**
 * An edit that breaks a rule of the newsroom, such as a slug another record already has.
 * Forms show it next to the field it names, in words the message key gives.
 */
public class RejectedEditException extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] args;

	/**
	 * @param field the form field at fault, or {@code null} when the whole edit is
	 * @param code the message key that explains the rule
	 * @param args the values the message shows
	 */
	public RejectedEditException(String field, String code, Object... args) {
		super(code + ((field != null) ? " (" + field + ")" : ""));
		this.field = field;
		this.code = code;
		this.args = args.clone();
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.clone();
	}

	@Override
	public String toString() {
		return getMessage() + " " + Arrays.toString(this.args);
	}

}
