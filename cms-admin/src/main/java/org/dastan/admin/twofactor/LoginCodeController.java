package org.dastan.admin.twofactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import org.dastan.admin.security.ClientAddress;
import org.dastan.admin.security.CurrentLogin;
import org.dastan.admin.security.SecondFactor;

/**
 * The second step of login for users with two-factor login: after the password, a code
 * from the authenticator app or a recovery code. The page is open to all (the factor rule
 * sends users here); it works only for a password-checked login still missing its code.
 */
@Controller
class LoginCodeController {

	private static final String PAGE = "admin/twofactor/code";

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final TwoFactorService twoFactor;

	LoginCodeController(TwoFactorService twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping(SecondFactor.CODE_PAGE)
	String form(@ModelAttribute("codeForm") CodeForm form) {
		String elsewhere = elsewhere(CurrentLogin.get());
		return (elsewhere != null) ? elsewhere : PAGE;
	}

	@PostMapping(SecondFactor.CODE_PAGE)
	String check(@ModelAttribute("codeForm") CodeForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication login = CurrentLogin.get();
		String elsewhere = elsewhere(login);
		if (elsewhere != null) {
			return elsewhere;
		}
		switch (this.twoFactor.checkLoginCode(login.getName(), form.getCode(), ClientAddress.of(request))) {
			case ACCEPTED -> {
				CurrentLogin.replace(SecondFactor.withCode(login), request, response);
				return "redirect:/admin";
			}
			case LOCKED -> {
				CurrentLogin.end(request, response);
				return "redirect:/admin/login?error";
			}
			default -> {
				form.setCode(null);
				binding.rejectValue("code", "admin.twoFactor.wrongCode");
				return PAGE;
			}
		}
	}

	/** Where to send a visitor who has no code to give, or null for one who has. */
	private static String elsewhere(Authentication login) {
		if (login == null || trust.isAnonymous(login)) {
			return "redirect:/admin/login";
		}
		if (SecondFactor.has(login, SecondFactor.ENROLMENT_REQUIRED)) {
			return "redirect:" + SecondFactor.ENROLMENT_PAGE;
		}
		if (!SecondFactor.has(login, SecondFactor.ENROLLED) || SecondFactor.has(login, SecondFactor.FACTOR)) {
			return "redirect:/admin";
		}
		return null;
	}

}
