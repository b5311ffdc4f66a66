package org.dastan.admin.page;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.page.PageView;
import org.dastan.core.page.Pages;
import org.dastan.core.page.PublishedPages;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.page.PageTemplate;

/**
 * Lists, writes, previews, publishes, orders and deletes static pages, and restores their
 * revisions. A form with errors, or one saved after someone else's save, comes back with
 * everything the editor typed, the rule next to its field. The body is written with the
 * articles' editor.
 */
@Controller
@RequestMapping("/admin/pages")
class PagesController {

	private static final String FORM = "admin/page/form";

	private static final String FORM_OBJECT = "pageForm";

	private static final String TO_LIST = "redirect:/admin/pages#pages";

	/** The submit button that saves and publishes. */
	static final String PUBLISH = "publish";

	/** The submit button that saves and takes the page off the site. */
	static final String UNPUBLISH = "unpublish";

	private final Pages pages;

	private final PublishedPages published;

	private final LayoutModel layout;

	PagesController(Pages pages, PublishedPages published, LayoutModel layout) {
		this.pages = pages;
		this.published = published;
		this.layout = layout;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pages", this.pages.list());
		return "admin/page/list";
	}

	@GetMapping("/new")
	String newPage(Model model) {
		model.addAttribute(FORM_OBJECT, new PageForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_OBJECT) PageForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		long[] created = new long[1];
		if (!binding.hasErrors() && EditErrors.saved(binding, () -> {
			PageView page = this.pages.create(form.toDraft());
			created[0] = page.id();
			redirect.addFlashAttribute("flash", statusAfter(page, action));
		}, () -> -1, form::setVersion)) {
			return "redirect:/admin/pages/" + created[0];
		}
		return FORM;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		PageView page = find(id);
		model.addAttribute(FORM_OBJECT, PageForm.of(page));
		return form(page, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_OBJECT) PageForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && EditErrors.saved(binding, () -> {
			PageView page = this.pages.update(id, form.openedVersion(), form.toDraft());
			redirect.addFlashAttribute("flash", statusAfter(page, action));
		}, () -> find(id).version(), form::setVersion)) {
			return "redirect:/admin/pages/" + id;
		}
		return form(find(id), model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.pages.delete(find(id).id());
		redirect.addFlashAttribute("flash", "admin.pages.deleted");
		return TO_LIST;
	}

	@PostMapping("/{id}/move-up")
	String moveUp(@PathVariable long id) {
		this.pages.move(find(id).id(), -1);
		return TO_LIST;
	}

	@PostMapping("/{id}/move-down")
	String moveDown(@PathVariable long id) {
		this.pages.move(find(id).id(), 1);
		return TO_LIST;
	}

	@PostMapping("/order")
	String reorder(@RequestParam(defaultValue = "") List<Long> ids) {
		this.pages.reorder(ids);
		return TO_LIST;
	}

	/**
	 * The page as readers will see it, draft or not, in the public template; kept by no
	 * cache and indexed by no search engine.
	 */
	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model, HttpServletResponse response) {
		this.layout.addTo(model::addAttribute);
		String view = PageTemplate.addTo(model,
				this.published.preview(id).orElseThrow(() -> new NotFoundException("Page")));
		model.addAttribute("preview", true);
		model.addAttribute("robots", "noindex, nofollow");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return view;
	}

	@GetMapping("/{id}/revisions")
	String revisions(@PathVariable long id, Model model) {
		model.addAttribute("page", find(id));
		model.addAttribute("revisions", this.pages.history(id));
		return "admin/page/revisions";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
		boolean restored = this.pages.restore(find(id).id(), number).isPresent();
		redirect.addFlashAttribute("flash", restored ? "admin.pages.restored" : "admin.pages.restore.same");
		return "redirect:/admin/pages/" + id;
	}

	// Publishing goes with the save that asked for it, on the version that save left.
	private String statusAfter(PageView saved, String action) {
		try {
			if (PUBLISH.equals(action) && !saved.isPublished()) {
				this.pages.publish(saved.id(), saved.version());
				return "admin.pages.published";
			}
			if (UNPUBLISH.equals(action) && saved.isPublished()) {
				this.pages.unpublish(saved.id(), saved.version());
				return "admin.pages.unpublished";
			}
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return "admin.pages.changed";
		}
		return "admin.pages.saved";
	}

	private PageView find(long id) {
		return this.pages.find(id).orElseThrow(() -> new NotFoundException("Page"));
	}

	private String form(PageView page, Model model) {
		model.addAttribute("stored", page);
		return FORM;
	}

}
