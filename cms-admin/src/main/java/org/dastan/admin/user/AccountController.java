package org.dastan.admin.user;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.edit.RejectedEditException;

/**
 * Every staff member's own account: change the password (the current one first) and see
 * and end their sessions. Nothing here names another user or a role.
 */
@Controller
@RequestMapping("/admin/account")
class AccountController {

	private static final String FORM_OBJECT = "password";

	private static final String PASSWORD_VIEW = "admin/account/password";

	private final StaffAccounts accounts;

	private final UserSessions sessions;

	AccountController(StaffAccounts accounts, UserSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@InitBinder(FORM_OBJECT)
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(PasswordForm.FIELDS);
	}

	@GetMapping
	String account(Principal user, HttpServletRequest request, Model model) {
		model.addAttribute("sessions", this.sessions.list(user.getName(), request.getSession().getId()));
		return "admin/account/sessions";
	}

	@GetMapping("/password")
	String passwordForm(HttpServletRequest request, Model model) {
		model.addAttribute(FORM_OBJECT, new PasswordForm());
		return passwordView(request, model);
	}

	/**
	 * Changes the password, ends the user's other sessions and gives this one a new id,
	 * so that whoever held the old id or password is out.
	 */
	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute(FORM_OBJECT) PasswordForm form, BindingResult binding, Principal user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!form.isConfirmed()) {
			binding.rejectValue("confirmPassword", "admin.account.password.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.getName(), form.getCurrentPassword(), form.getNewPassword(),
						request.getSession().getId());
				request.changeSessionId();
				request.getSession().setAttribute(AccountGate.MUST_CHANGE_PASSWORD, false);
				redirect.addFlashAttribute("flash", "admin.account.password.changed");
				return "redirect:/admin";
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		// Passwords are never sent back to the browser.
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmPassword(null);
		return passwordView(request, model);
	}

	private static String passwordView(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		model.addAttribute("required",
				session != null && Boolean.TRUE.equals(session.getAttribute(AccountGate.MUST_CHANGE_PASSWORD)));
		return PASSWORD_VIEW;
	}

	@PostMapping("/sessions/{id}/end")
	String endSession(@PathVariable String id, Principal user, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (id.equals(UserSessions.reference(request.getSession().getId()))) {
			request.getSession().invalidate();
			return "redirect:/admin/login?logout";
		}
		if (this.sessions.end(user.getName(), id)) {
			redirect.addFlashAttribute("flash", "admin.account.session-ended");
		}
		return "redirect:/admin/account";
	}

	@PostMapping("/sessions/end-others")
	String endOtherSessions(Principal user, HttpServletRequest request, RedirectAttributes redirect) {
		this.sessions.endOthers(user.getName(), request.getSession().getId());
		redirect.addFlashAttribute("flash", "admin.account.sessions-ended");
		return "redirect:/admin/account";
	}

}
