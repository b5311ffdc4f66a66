package org.dastan.admin.user;

import jakarta.validation.constraints.NotEmpty;

/**
 * Changing one's own password: the current one, and the new one twice. Nothing else
 * binds.
 */
public class PasswordForm {

	static final String[] FIELDS = { "currentPassword", "newPassword", "confirmPassword" };

	@NotEmpty(message = "{admin.form.required}")
	private String currentPassword;

	@NotEmpty(message = "{admin.form.required}")
	private String newPassword;

	private String confirmPassword;

	boolean isConfirmed() {
		return this.newPassword == null || this.newPassword.equals(this.confirmPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
