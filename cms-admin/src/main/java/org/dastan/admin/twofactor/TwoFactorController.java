package org.dastan.admin.twofactor;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.security.ClientAddress;
import org.dastan.admin.security.CurrentLogin;
import org.dastan.admin.security.SecondFactor;
import org.dastan.admin.security.TwoFactorProperties;
import org.dastan.core.user.Role;

/**
 * A user's own two-factor login: enrol an authenticator app (QR code and secret, a code
 * to confirm, then recovery codes shown once), or turn it off with a code. The secret
 * being enrolled waits in the session until a code confirms it.
 */
@Controller
@RequestMapping(SecondFactor.ENROLMENT_PAGE)
class TwoFactorController {

	static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";

	private static final String PAGE = "admin/twofactor/settings";

	private final TwoFactorService twoFactor;

	private final TwoFactorProperties properties;

	TwoFactorController(TwoFactorService twoFactor, TwoFactorProperties properties) {
		this.twoFactor = twoFactor;
		this.properties = properties;
	}

	@GetMapping
	String settings(@ModelAttribute("codeForm") CodeForm form, Authentication user, HttpSession session, Model model) {
		return page(user, session, model);
	}

	@PostMapping
	String confirm(@ModelAttribute("codeForm") CodeForm form, BindingResult binding, Authentication user,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		Optional<List<String>> codes = (secret != null) ? this.twoFactor.confirm(user.getName(), secret, form.getCode(),
				ClientAddress.of(request), session.getId()) : Optional.empty();
		if (codes.isEmpty()) {
			form.setCode(null);
			binding.rejectValue("code", "admin.twoFactor.wrongCode");
			return page(user, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		CurrentLogin.replace(SecondFactor.withCode(user), request, response);
		model.addAttribute("recoveryCodes", codes.get());
		return "admin/twofactor/recovery";
	}

	@PostMapping("/disable")
	String disable(@ModelAttribute("codeForm") CodeForm form, BindingResult binding, Authentication user,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (isRequired(user)) {
			binding.reject("admin.twoFactor.required");
		}
		else if (this.twoFactor.disable(user.getName(), form.getCode(), ClientAddress.of(request),
				request.getSession().getId())) {
			CurrentLogin.replace(SecondFactor.withoutCode(user), request, response);
			redirect.addFlashAttribute("flash", "admin.twoFactor.disabled");
			return "redirect:" + SecondFactor.ENROLMENT_PAGE;
		}
		else {
			binding.rejectValue("code", "admin.twoFactor.wrongCode");
		}
		form.setCode(null);
		return page(user, request.getSession(), model);
	}

	private String page(Authentication user, HttpSession session, Model model) {
		Optional<Integer> remaining = this.twoFactor.remainingRecoveryCodes(user.getName());
		model.addAttribute("enrolled", remaining.isPresent());
		model.addAttribute("mustEnrol", SecondFactor.has(user, SecondFactor.ENROLMENT_REQUIRED));
		if (remaining.isPresent()) {
			model.addAttribute("remainingRecoveryCodes", remaining.get());
			model.addAttribute("required", isRequired(user));
		}
		else {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = Totp.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("enrolment", Enrolment.of(user.getName(), secret));
		}
		return PAGE;
	}

	private boolean isRequired(Authentication user) {
		return this.properties.requireTwoFactorForAdmins()
				&& user.getAuthorities().stream().anyMatch((a) -> ("ROLE_" + Role.ADMIN).equals(a.getAuthority()));
	}

}
