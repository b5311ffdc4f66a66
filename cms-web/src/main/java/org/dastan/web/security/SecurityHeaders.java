package org.dastan.web.security;

import java.util.Map;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, pages, errors, static files and images alike.
 * Scripts may come only from the site's own files (pages have no inline scripts; JSON-LD
 * is data, not script); styles may be inline because the rich-text editor and Bootstrap
 * set style attributes.
 */
public final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * The same headers as written by hand, for the answers Tomcat makes before Spring
	 * Security sees the request ({@link TomcatErrorHeaders}) and for pages written
	 * outside it.
	 */
	public static final Map<String, String> NAMES_AND_VALUES = Map.of("Content-Security-Policy",
			CONTENT_SECURITY_POLICY, "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy",
			ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy(), "Permissions-Policy", PERMISSIONS_POLICY,
			"Cache-Control", "no-store");

	private SecurityHeaders() {
	}

	/** Writes the headers on every answer of the chain that applies it. */
	public static Customizer<HeadersConfigurer<HttpSecurity>> all() {
		return (headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions((frames) -> frames.deny());
	}

}
