package org.dastan.admin.author;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.author.AuthorService;
import org.dastan.core.author.AuthorView;
import org.dastan.core.author.PhotoChoice;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.web.error.NotFoundException;

/**
 * Lists, creates and edits authors, and deactivates or deletes them. Every change is a
 * POST; a form with errors comes back with everything the editor typed.
 */
@Controller
@RequestMapping("/admin/authors")
class AuthorController {

	private static final String FORM = "admin/author/form";

	private static final String FORM_OBJECT = "author";

	private static final String TO_LIST = "redirect:/admin/authors";

	private final AuthorService authors;

	AuthorController(AuthorService authors) {
		this.authors = authors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("authors", this.authors.list());
		return "admin/author/list";
	}

	@GetMapping("/new")
	String newAuthor(Model model) {
		model.addAttribute(FORM_OBJECT, new AuthorForm());
		return form(null, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_OBJECT) AuthorForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.authors.create(form.toDraft());
				redirect.addFlashAttribute("flash", "admin.authors.created");
				return TO_LIST;
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return form(null, form.getPhotoId(), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AuthorView author = this.authors.find(id).orElseThrow(() -> new NotFoundException("Author"));
		model.addAttribute(FORM_OBJECT, AuthorForm.of(author));
		return form(id, author.photoId(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_OBJECT) AuthorForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && EditErrors.saved(binding,
				() -> this.authors.update(id, (form.getVersion() != null) ? form.getVersion() : -1, form.toDraft()),
				() -> this.authors.find(id).map(AuthorView::version).orElse(-1L), form::setVersion)) {
			redirect.addFlashAttribute("flash", "admin.authors.saved");
			return TO_LIST;
		}
		return form(id, form.getPhotoId(), model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		this.authors.deactivate(id);
		redirect.addFlashAttribute("flash", "admin.authors.deactivated");
		return TO_LIST;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		this.authors.reactivate(id);
		redirect.addFlashAttribute("flash", "admin.authors.reactivated");
		return TO_LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.authors.delete(id);
			redirect.addFlashAttribute("flash", "admin.authors.deleted");
			return TO_LIST;
		}
		catch (RejectedEditException ex) {
			AuthorForm form = AuthorForm.of(this.authors.find(id).orElseThrow(() -> new NotFoundException("Author")));
			BindingResult binding = new BeanPropertyBindingResult(form, FORM_OBJECT);
			EditErrors.reject(binding, ex);
			model.addAttribute(FORM_OBJECT, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_OBJECT, binding);
			return form(id, form.getPhotoId(), model);
		}
	}

	// The editor's text stays; the form now carries the stored version, so saving again
	// replaces the other save on purpose.
	private String form(Long id, Long photoId, Model model) {
		if (id != null) {
			model.addAttribute("stored", this.authors.summary(id));
		}
		List<PhotoChoice> photos = this.authors.photoChoices(photoId);
		model.addAttribute("photos", photos);
		model.addAttribute("preview",
				photos.stream().filter((photo) -> Objects.equals(photo.id(), photoId)).findFirst().orElse(null));
		model.addAttribute("accounts", this.authors.accountChoices(id));
		return FORM;
	}

}
