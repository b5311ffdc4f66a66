package org.dastan.core.redirect;

/**
 * Where a reader asking for an old path is sent.
 *
 * @param location a path on this site (decoded) or an absolute http(s) address
 * @param status 301 or 302
 */
public record RedirectTarget(String location, int status) {

	/** Whether the location is on this site. */
	public boolean isSitePath() {
		return this.location.startsWith("/");
	}

}
