package org.dastan.admin.twofactor;

/**
 * A code typed by the user: six digits from the app, or a recovery code.
 */
class CodeForm {

	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
