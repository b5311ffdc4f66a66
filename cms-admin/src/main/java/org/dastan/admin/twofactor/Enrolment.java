package org.dastan.admin.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a user needs to add Dastan to an authenticator app: the secret as text and as a QR
 * code of its {@code otpauth://} URI.
 */
public record Enrolment(String secret, String uri, QrCode qrCode) {

	static final String ISSUER = "Dastan";

	static Enrolment of(String username, String secret) {
		String uri = "otpauth://totp/" + encode(ISSUER + ":" + username) + "?secret=" + secret + "&issuer="
				+ encode(ISSUER) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
		return new Enrolment(secret, uri, QrCode.of(uri));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The secret in groups of four, easier to type. */
	public String groupedSecret() {
		return this.secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
