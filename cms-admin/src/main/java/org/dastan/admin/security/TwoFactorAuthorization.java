package org.dastan.admin.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Added to every URL rule that needs a login: an enrolled user needs the code factor; an
 * admin who must enrol may open only the enrolment page until they have. Either way the
 * denial names the missing factor, which sends the user to the code page.
 */
final class TwoFactorAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final AuthorizationManager<RequestAuthorizationContext> codeGiven = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor((factor) -> factor.authority(SecondFactor.FACTOR))
		.build();

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication user = authentication.get();
		if (SecondFactor.has(user, SecondFactor.ENROLLED)) {
			return this.codeGiven.authorize(authentication, context);
		}
		if (SecondFactor.has(user, SecondFactor.ENROLMENT_REQUIRED) && !isEnrolment(context)) {
			return this.codeGiven.authorize(authentication, context);
		}
		return new AuthorizationDecision(true);
	}

	private static boolean isEnrolment(RequestAuthorizationContext context) {
		String path = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
		return path.equals(SecondFactor.ENROLMENT_PAGE) || path.startsWith(SecondFactor.ENROLMENT_PAGE + "/");
	}

}
