package org.dastan.admin.suggest;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.article.CurrentEditor;
import org.dastan.admin.edit.EditErrors;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.desk.OpenedArticle;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.suggest.AddLink;
import org.dastan.core.suggest.MoveLink;
import org.dastan.core.suggest.RemoveLink;
import org.dastan.core.suggest.ReorderLinks;
import org.dastan.core.suggest.SuggestedLinks;

/**
 * The Suggested Articles panel of one article, apart from the editor so that changing
 * links never loses unsaved text: find and add articles, add external links, order and
 * remove them. Each change is a plain form post; scripts only make it quicker.
 */
@Controller
@RequestMapping("/admin/articles/{id}/suggested")
class SuggestedLinksController {

	private static final String FORM_OBJECT = "link";

	private final SuggestedLinks links;

	private final ArticleDesk desk;

	private final CurrentEditor editors;

	private final NewsroomProperties newsroom;

	SuggestedLinksController(SuggestedLinks links, ArticleDesk desk, CurrentEditor editors,
			NewsroomProperties newsroom) {
		this.links = links;
		this.desk = desk;
		this.editors = editors;
		this.newsroom = newsroom;
	}

	@GetMapping
	String panel(@PathVariable long id, @RequestParam(required = false) String q, Authentication user, Model model) {
		model.addAttribute(FORM_OBJECT, new SuggestedLinkForm());
		return panel(id, q, this.editors.of(user), model);
	}

	@PostMapping
	String add(@PathVariable long id, @ModelAttribute(FORM_OBJECT) SuggestedLinkForm form, BindingResult binding,
			Authentication user, Model model, RedirectAttributes redirect) {
		Editor editor = this.editors.of(user);
		if (!binding.hasErrors()) {
			try {
				this.links.add(new AddLink(id, form.toDraft()), editor);
				redirect.addFlashAttribute("flash", "admin.suggested.added");
				return toPanel(id);
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return panel(id, null, editor, model);
	}

	@PostMapping("/{linkId}/move-up")
	String moveUp(@PathVariable long id, @PathVariable long linkId, Authentication user) {
		this.links.move(MoveLink.up(id, linkId), this.editors.of(user));
		return toPanel(id);
	}

	@PostMapping("/{linkId}/move-down")
	String moveDown(@PathVariable long id, @PathVariable long linkId, Authentication user) {
		this.links.move(MoveLink.down(id, linkId), this.editors.of(user));
		return toPanel(id);
	}

	@PostMapping("/order")
	String reorder(@PathVariable long id, @RequestParam(defaultValue = "") List<Long> ids, Authentication user) {
		this.links.reorder(new ReorderLinks(id, ids), this.editors.of(user));
		return toPanel(id);
	}

	@PostMapping("/{linkId}/delete")
	String remove(@PathVariable long id, @PathVariable long linkId, Authentication user, RedirectAttributes redirect) {
		this.links.remove(new RemoveLink(id, linkId), this.editors.of(user));
		redirect.addFlashAttribute("flash", "admin.suggested.removed");
		return toPanel(id);
	}

	// Two editors ordering the same links at once: the second sees the first's order.
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String changedMeanwhile(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.suggested.changed");
		return toPanel(id);
	}

	private String panel(long id, String query, Editor editor, Model model) {
		OpenedArticle article = this.desk.open(id, editor);
		model.addAttribute("article", article);
		model.addAttribute("links", this.links.of(id, editor));
		model.addAttribute("maxLinks", this.links.maxLinks());
		model.addAttribute("shownCount", this.newsroom.suggestedCount());
		model.addAttribute("query", query);
		if (query != null) {
			model.addAttribute("choices", this.links.choices(query, id));
		}
		return "admin/suggested/links";
	}

	private static String toPanel(long id) {
		return "redirect:/admin/articles/" + id + "/suggested#links";
	}

}
