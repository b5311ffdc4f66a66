package org.dastan.admin.twofactor;

import java.time.Instant;

/**
 * What an authenticator app shows for a secret, for browser tests outside this package.
 */
public final class AuthenticatorApp {

	private AuthenticatorApp() {
	}

	public static String codeAt(String secret, Instant time) {
		return Totp.code(secret.replace(" ", ""), Totp.stepAt(time));
	}

}
