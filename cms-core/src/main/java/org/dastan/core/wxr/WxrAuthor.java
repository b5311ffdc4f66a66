package org.dastan.core.wxr;

/**
 * A WordPress user as the export lists them ({@code wp:author}).
 *
 * @param login the user's login, which posts name as their {@code dc:creator}
 */
public record WxrAuthor(long id, String login, String email, String displayName, String firstName, String lastName) {

	/**
	 * The name bylines show: the display name, else first and last name, else the login.
	 */
	public String name() {
		if (this.displayName != null && !this.displayName.isBlank()) {
			return this.displayName.strip();
		}
		String full = ((this.firstName != null) ? this.firstName : "") + " "
				+ ((this.lastName != null) ? this.lastName : "");
		return full.isBlank() ? this.login : full.strip();
	}

}
