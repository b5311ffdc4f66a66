package org.dastan.admin.tag;

import java.util.List;

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
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagSummary;
import org.dastan.core.tag.TagView;
import org.dastan.web.error.NotFoundException;

/**
 * Lists, creates and edits tags and sections, orders the navigation, merges one tag into
 * another and deletes unused ones. Every change is a POST; a form with errors comes back
 * with everything the editor typed.
 */
@Controller
@RequestMapping("/admin/tags")
class TagController {

	private static final String FORM = "admin/tag/form";

	private static final String FORM_OBJECT = "tag";

	private static final String MERGE = "admin/tag/merge";

	private static final String TO_LIST = "redirect:/admin/tags";

	private final TagService tags;

	TagController(TagService tags) {
		this.tags = tags;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("navigation", this.tags.navigation());
		model.addAttribute("tags", this.tags.list());
		return "admin/tag/list";
	}

	@GetMapping("/new")
	String newTag(Model model) {
		model.addAttribute(FORM_OBJECT, new TagForm());
		return form(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_OBJECT) TagForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.tags.create(form.toDraft());
				redirect.addFlashAttribute("flash", "admin.tags.created");
				return TO_LIST;
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return form(null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute(FORM_OBJECT, TagForm.of(find(id)));
		return form(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_OBJECT) TagForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && EditErrors.saved(binding,
				() -> this.tags.update(id, (form.getVersion() != null) ? form.getVersion() : -1, form.toDraft()),
				() -> find(id).version(), form::setVersion)) {
			redirect.addFlashAttribute("flash", "admin.tags.saved");
			return TO_LIST;
		}
		return form(id, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.tags.delete(id);
			redirect.addFlashAttribute("flash", "admin.tags.deleted");
			return TO_LIST;
		}
		catch (RejectedEditException ex) {
			TagForm form = TagForm.of(find(id));
			BindingResult binding = new BeanPropertyBindingResult(form, FORM_OBJECT);
			EditErrors.reject(binding, ex);
			model.addAttribute(FORM_OBJECT, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_OBJECT, binding);
			model.addAttribute("offerMerge", true);
			return form(id, model);
		}
	}

	@GetMapping("/{id}/merge")
	String mergeForm(@PathVariable long id, Model model) {
		model.addAttribute("merge", new MergeForm());
		return merge(id, model);
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("merge") MergeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.tags.merge(id, form.getTarget());
				redirect.addFlashAttribute("flash", "admin.tags.merged");
				return TO_LIST;
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return merge(id, model);
	}

	@PostMapping("/{id}/move-up")
	String moveUp(@PathVariable long id) {
		this.tags.moveUp(id);
		return TO_LIST + "#navigation";
	}

	@PostMapping("/{id}/move-down")
	String moveDown(@PathVariable long id) {
		this.tags.moveDown(id);
		return TO_LIST + "#navigation";
	}

	// The editor's text stays; the form now carries the stored version, so saving again
	// replaces the other save on purpose.
	private TagView find(long id) {
		return this.tags.find(id).orElseThrow(() -> new NotFoundException("Tag"));
	}

	private String form(Long id, Model model) {
		if (id != null) {
			model.addAttribute("stored", this.tags.summary(id));
			model.addAttribute("formerSlugs", find(id).formerSlugs());
		}
		model.addAttribute("kinds", TagKind.values());
		return FORM;
	}

	private String merge(long id, Model model) {
		TagSummary source = this.tags.summary(id);
		List<TagSummary> targets = this.tags.list().stream().filter((tag) -> tag.id() != id).toList();
		model.addAttribute("source", source);
		model.addAttribute("targets", targets);
		return MERGE;
	}

}
