package org.dastan.admin.sidebar;

import java.util.List;

import jakarta.validation.Valid;

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
import org.dastan.core.article.ArticleCards;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.sidebar.AddWidget;
import org.dastan.core.sidebar.ConfigureWidget;
import org.dastan.core.sidebar.MoveWidget;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.sidebar.SidebarWidgets;
import org.dastan.core.sidebar.SwitchWidget;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;

/**
 * Sidebar management: the widgets in their order, adding and configuring one, switching
 * it on or off, ordering (buttons, or a drag and drop that posts the whole order),
 * deleting, and a preview through the public sidebar. Public pages read the widgets on
 * every request, so changes show at once.
 */
@Controller
@RequestMapping("/admin/sidebar")
class SidebarController {

	private static final String FORM = "admin/sidebar/form";

	private static final String FORM_OBJECT = "widget";

	private static final String TO_LIST = "redirect:/admin/sidebar#widgets";

	private static final int RECENT_IMAGES = 60;

	private final SidebarWidgets widgets;

	private final Sidebar sidebar;

	private final TagService tags;

	private final MediaLibrary media;

	private final ArticleCards articles;

	SidebarController(SidebarWidgets widgets, Sidebar sidebar, TagService tags, MediaLibrary media,
			ArticleCards articles) {
		this.articles = articles;
		this.widgets = widgets;
		this.sidebar = sidebar;
		this.tags = tags;
		this.media = media;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("widgets", this.widgets.list());
		model.addAttribute("types", WidgetType.values());
		return "admin/sidebar/list";
	}

	@GetMapping("/new")
	String newWidget(@RequestParam WidgetType type, Model model) {
		WidgetForm form = new WidgetForm();
		form.setType(type);
		model.addAttribute(FORM_OBJECT, form);
		return form(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_OBJECT) WidgetForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getType() == null) {
			return TO_LIST;
		}
		if (!binding.hasErrors()) {
			try {
				this.widgets.add(new AddWidget(form.getType(), form.toDraft()));
				redirect.addFlashAttribute("flash", "admin.sidebar.created");
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
		model.addAttribute(FORM_OBJECT, WidgetForm.of(this.widgets.find(id)));
		return form(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_OBJECT) WidgetForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		form.setType(this.widgets.find(id).type());
		if (!binding.hasErrors() && EditErrors.saved(binding,
				() -> this.widgets.configure(
						new ConfigureWidget(id, (form.getVersion() != null) ? form.getVersion() : -1, form.toDraft())),
				() -> this.widgets.find(id).version(), form::setVersion)) {
			redirect.addFlashAttribute("flash", "admin.sidebar.saved");
			return TO_LIST;
		}
		return form(id, model);
	}

	@PostMapping("/{id}/switch")
	String switchOnOrOff(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.widgets.switchOn(new SwitchWidget(id, version, enabled));
			redirect.addFlashAttribute("flash", enabled ? "admin.sidebar.switched-on" : "admin.sidebar.switched-off");
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", "admin.sidebar.changed");
		}
		return TO_LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.widgets.delete(id);
		redirect.addFlashAttribute("flash", "admin.sidebar.deleted");
		return TO_LIST;
	}

	@PostMapping("/{id}/move-up")
	String moveUp(@PathVariable long id) {
		this.widgets.move(MoveWidget.up(id));
		return TO_LIST;
	}

	@PostMapping("/{id}/move-down")
	String moveDown(@PathVariable long id) {
		this.widgets.move(MoveWidget.down(id));
		return TO_LIST;
	}

	@PostMapping("/order")
	String reorder(@RequestParam(defaultValue = "") List<Long> ids) {
		this.widgets.reorder(ids);
		return TO_LIST;
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("stored", this.widgets.find(id));
		model.addAttribute("blocks", List.of(this.sidebar.preview(id)));
		return "admin/sidebar/preview";
	}

	// The editor's settings stay; the form now carries the stored version, so saving
	// again replaces the other save on purpose.
	private String form(Long id, Model model) {
		if (id != null) {
			model.addAttribute("stored", this.widgets.find(id));
		}
		model.addAttribute("placements", Placement.values());
		model.addAttribute("topics", this.tags.ofKind(TagKind.TOPIC));
		model.addAttribute("images", this.media.choices(RECENT_IMAGES, null));
		model.addAttribute("maxLimit", SidebarWidgets.MAX_LIMIT);
		WidgetForm form = (WidgetForm) model.getAttribute(FORM_OBJECT);
		if (form != null && form.getType() == WidgetType.EDITORS_PICKS) {
			model.addAttribute("picks",
					form.toDraft()
						.articleSlugs()
						.stream()
						.map(String::strip)
						.filter((slug) -> !slug.isEmpty())
						.map((slug) -> new Pick(slug, this.articles.titleOf(slug).orElse(null)))
						.toList());
		}
		return FORM;
	}

	/**
	 * An article of an editor's-picks widget, with its title when the slug names one.
	 */
	record Pick(String slug, String title) {

	}

}
