package org.dastan.admin.wordpress;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;

/**
 * The import form's fields besides the file: the old site's address and the accounts
 * choice.
 */
public class ImportForm {

	@NotBlank(message = "{admin.form.required}")
	private String site;

	private boolean staffAccounts;

	/** The address as an http(s) URI with a host, or {@code null} when it is none. */
	URI siteUri() {
		try {
			URI uri = URI.create(this.site.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) ? uri : null;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	public String getSite() {
		return this.site;
	}

	public void setSite(String site) {
		this.site = site;
	}

	public boolean isStaffAccounts() {
		return this.staffAccounts;
	}

	public void setStaffAccounts(boolean staffAccounts) {
		this.staffAccounts = staffAccounts;
	}

}
