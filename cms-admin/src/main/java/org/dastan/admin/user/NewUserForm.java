package org.dastan.admin.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account's fields: those of {@link UserForm} and the username, which is fixed once
 * the account exists.
 */
public class NewUserForm extends UserForm {

	static final String[] FIELDS = { "username", "displayName", "email", "roles", "authorId" };

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 60, message = "{admin.form.too-long}")
	@Pattern(regexp = "^[a-zA-Z0-9._-]*$", message = "{admin.users.username.invalid}")
	private String username;

	UserDraft toDraft() {
		return toDraft(this.username);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

}
