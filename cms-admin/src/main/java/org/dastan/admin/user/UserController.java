package org.dastan.admin.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.admin.security.CurrentLogin;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.IssuedPassword;
import org.dastan.core.user.Role;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.paging.PageNumber;

/**
 * User management for admins: list and search, create with a one-time password, edit,
 * disable and enable, unlock, reset the password, delete. One-time passwords are shown in
 * the answer to the POST itself, never stored in the session.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private static final int PAGE_SIZE = 25;

	private static final String FORM = "admin/user/form";

	private static final String FORM_OBJECT = "user";

	private static final String NEW_FORM_OBJECT = "newUser";

	private static final String ISSUED = "admin/user/issued";

	private final StaffAccounts accounts;

	UserController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder(FORM_OBJECT)
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(UserForm.FIELDS);
	}

	@InitBinder(NEW_FORM_OBJECT)
	void onlyNewFormFields(WebDataBinder binder) {
		binder.setAllowedFields(NewUserForm.FIELDS);
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		String text = (q != null) ? q.strip() : "";
		PageRequest request = PageRequest.of(PageNumber.parse(page).number() - 1, PAGE_SIZE, Sort.by("username"));
		model.addAttribute("q", text);
		model.addAttribute("users", this.accounts.search(text, request));
		return "admin/user/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute(NEW_FORM_OBJECT, new NewUserForm());
		return form(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(NEW_FORM_OBJECT) NewUserForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				return issued(this.accounts.create(form.toDraft()), "admin.users.created", model);
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return form(null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountView user = get(id);
		model.addAttribute(FORM_OBJECT, UserForm.of(user, this.accounts.authorOf(id).orElse(null)));
		return form(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_OBJECT) UserForm form, BindingResult binding,
			Authentication user, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		AccountView stored = get(id);
		if (!binding.hasErrors() && EditErrors.saved(binding,
				() -> this.accounts.update(id, (form.getVersion() != null) ? form.getVersion() : -1,
						form.toDraft(stored.username()), request.getSession().getId()),
				() -> get(id).version(), form::setVersion)) {
			// An admin who changed their own roles logs in again to get exactly the new
			// ones.
			if (stored.username().equals(user.getName()) && !stored.roles().equals(form.getRoles())) {
				CurrentLogin.end(request, response);
				return "redirect:/admin/login";
			}
			redirect.addFlashAttribute("flash", "admin.users.saved");
			return "redirect:/admin/users/" + id;
		}
		return form(id, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, () -> this.accounts.disable(id), "admin.users.disabled", model, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, () -> this.accounts.enable(id), "admin.users.enabled", model, redirect);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, () -> this.accounts.unlock(id), "admin.users.unlocked", model, redirect);
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, Model model) {
		get(id);
		return issued(this.accounts.resetPassword(id), "admin.users.password-reset", model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		get(id);
		try {
			this.accounts.delete(id);
			redirect.addFlashAttribute("flash", "admin.users.deleted");
			return "redirect:/admin/users";
		}
		catch (RejectedEditException ex) {
			return refused(id, ex, model);
		}
	}

	private String act(long id, Runnable action, String done, Model model, RedirectAttributes redirect) {
		get(id);
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
			return "redirect:/admin/users/" + id;
		}
		catch (RejectedEditException ex) {
			return refused(id, ex, model);
		}
	}

	// A refused action shows the account's page with the reason above the form.
	private String refused(long id, RejectedEditException ex, Model model) {
		edit(id, model);
		model.addAttribute("refused", ex);
		return FORM;
	}

	private String issued(IssuedPassword issued, String message, Model model) {
		model.addAttribute("issued", issued);
		model.addAttribute("message", message);
		return ISSUED;
	}

	private AccountView get(long id) {
		return this.accounts.find(id).orElseThrow(() -> new NotFoundException("User"));
	}

	private String form(Long id, Model model) {
		if (id != null) {
			model.addAttribute("stored", get(id));
		}
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("authors", this.accounts.authorChoices(id));
		return FORM;
	}

}
