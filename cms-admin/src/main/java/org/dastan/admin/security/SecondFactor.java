package org.dastan.admin.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities of two-factor login. A user who has enrolled an authenticator app logs
 * in with {@link #ENROLLED}; the admin stays closed to them (Spring Security's
 * multi-factor authorization) until a code adds the factor {@link #FACTOR}.
 */
public final class SecondFactor {

	/** The factor a correct code from the authenticator app (or a recovery code) adds. */
	public static final String FACTOR = "FACTOR_TOTP";

	/** Marks users who have enrolled and so must give a code. */
	public static final String ENROLLED = "TWO_FACTOR_ENROLLED";

	/** Marks admins who must enrol before they may use the admin (a setting). */
	public static final String ENROLMENT_REQUIRED = "TWO_FACTOR_ENROLMENT_REQUIRED";

	public static final String CODE_PAGE = "/admin/login/code";

	public static final String ENROLMENT_PAGE = "/admin/account/two-factor";

	private SecondFactor() {
	}

	public static boolean has(Authentication user, String authority) {
		return user != null
				&& user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

	/**
	 * The login after a correct code: enrolled, with the factor, nothing left to enrol.
	 */
	public static Authentication withCode(Authentication user) {
		return user.toBuilder().authorities((authorities) -> {
			authorities.removeIf((a) -> ENROLMENT_REQUIRED.equals(a.getAuthority()));
			authorities.add(new SimpleGrantedAuthority(ENROLLED));
			authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
		}).build();
	}

	/** The login after the user turned two-factor login off. */
	public static Authentication withoutCode(Authentication user) {
		return user.toBuilder()
			.authorities((authorities) -> authorities
				.removeIf((a) -> ENROLLED.equals(a.getAuthority()) || FACTOR.equals(a.getAuthority())))
			.build();
	}

}
