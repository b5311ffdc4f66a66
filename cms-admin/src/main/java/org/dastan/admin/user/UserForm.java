package org.dastan.admin.user;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.dastan.core.user.AccountView;
import org.dastan.core.user.Role;

/**
 * The fields an admin may change on an account. Id, username, password and enabled flag
 * are not here, so no request can bind them.
 */
public class UserForm {

	/** The fields a request may bind; anything else it carries is dropped. */
	static final String[] FIELDS = { "displayName", "email", "roles", "authorId", "version" };

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 120, message = "{admin.form.too-long}")
	private String displayName;

	@Email(message = "{admin.users.email.invalid}")
	@Size(max = 254, message = "{admin.form.too-long}")
	private String email;

	@NotEmpty(message = "{admin.users.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Long authorId;

	private Long version;

	static UserForm of(AccountView user, Long authorId) {
		UserForm form = new UserForm();
		form.displayName = user.displayName();
		form.email = user.email();
		form.roles = EnumSet.noneOf(Role.class);
		form.roles.addAll(user.roles());
		form.authorId = authorId;
		form.version = user.version();
		return form;
	}

	UserDraft toDraft(String username) {
		return new UserDraft(username, this.displayName, this.email, Set.copyOf(this.roles), this.authorId);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public void setAuthorId(Long authorId) {
		this.authorId = authorId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
