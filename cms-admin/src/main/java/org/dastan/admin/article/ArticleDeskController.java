package org.dastan.admin.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.article.Article;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.DeskFilter;
import org.dastan.core.article.desk.DeskLists;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.article.desk.DeskStatus;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.desk.StaleArticleException;
import org.dastan.core.article.revision.ArticleRevisions;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.listing.PageNumber;

/**
 * The article desk: the filtered list, the editor page, saving with a conflict check, and
 * the status actions.
 */
@Controller
class ArticleDeskController {

	private final ArticleDesk desk;

	private final DeskLists lists;

	private final ArticleFormOptions options;

	private final CurrentEditor editors;

	private final NewsroomProperties properties;

	private final ArticleRevisions revisions;

	private final AutosaveOffer autosaves;

	private final Clock clock;

	ArticleDeskController(ArticleDesk desk, DeskLists lists, ArticleFormOptions options, CurrentEditor editors,
			ArticleRevisions revisions, NewsroomProperties properties, AutosaveOffer autosaves, Clock clock) {
		this.autosaves = autosaves;
		this.revisions = revisions;
		this.desk = desk;
		this.lists = lists;
		this.options = options;
		this.editors = editors;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/admin/articles")
	String list(@RequestParam(required = false) DeskStatus status, @RequestParam(required = false) Long section,
			@RequestParam(required = false) Long author, @RequestParam(required = false) Long tag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		DeskFilter filter = new DeskFilter(status, section, author, tag, q);
		model.addAttribute("filter", filter);
		model.addAttribute("articles",
				this.lists.find(filter, PageRequest.of(PageNumber.parse(page).number() - 1, PageNumber.PAGE_SIZE * 2)));
		model.addAttribute("statuses", DeskStatus.values());
		this.options.addTo(model);
		return "admin/articles/list";
	}

	@GetMapping("/admin/articles/new")
	String newArticle(Authentication user, Model model) {
		model.addAttribute("articleForm", new ArticleForm());
		model.addAttribute("autosave", this.autosaves.json(null, this.editors.of(user)));
		return form(null, model);
	}

	@PostMapping("/admin/articles")
	String create(@Valid @ModelAttribute ArticleForm articleForm, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(null, model);
		}
		try {
			Article article = this.desk.create(articleForm.toDraft(), this.editors.of(user));
			redirect.addFlashAttribute("flash", "admin.articles.created");
			return "redirect:/admin/articles/" + article.getId();
		}
		catch (RejectedEditException ex) {
			EditErrors.reject(result, ex);
			return form(null, model);
		}
	}

	@GetMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, Authentication user, Model model) {
		Article article = this.desk.open(id, this.editors.of(user));
		model.addAttribute("autosave", this.autosaves.json(id, this.editors.of(user)));
		ArticleForm articleForm = ArticleForm.from(article);
		articleForm.setOpenedRevision(this.revisions.latestRevision(id).orElse(null));
		model.addAttribute("articleForm", articleForm);
		return form(article, model);
	}

	@PostMapping("/admin/articles/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute ArticleForm articleForm, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Editor editor = this.editors.of(user);
		Article article = this.desk.open(id, editor);
		if (result.hasErrors()) {
			return form(article, model);
		}
		try {
			this.desk.update(id, versionOf(articleForm), articleForm.toDraft(), editor);
			redirect.addFlashAttribute("flash", "admin.articles.saved");
			return "redirect:/admin/articles/" + id;
		}
		catch (RejectedEditException ex) {
			EditErrors.reject(result, ex);
			return form(article, model);
		}
		catch (StaleArticleException ex) {
			// Keep every word the editor typed; saving this form again knowingly replaces
			// the other version.
			Article current = this.desk.open(id, editor);
			model.addAttribute("current", current);
			if (articleForm.getOpenedRevision() != null) {
				model.addAttribute("changes", this.revisions.compareWithCurrent(id, articleForm.getOpenedRevision()));
			}
			articleForm.setVersion(current.getVersion());
			articleForm.setOpenedRevision(this.revisions.latestRevision(id).orElse(null));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form(current, model);
			return "admin/articles/conflict";
		}
	}

	@PostMapping("/admin/articles/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, Authentication user, RedirectAttributes redirect) {
		this.desk.submitForReview(id, version, this.editors.of(user));
		redirect.addFlashAttribute("flash", "admin.articles.submitted");
		return "redirect:/admin/articles/" + id;
	}

	@PostMapping("/admin/articles/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, Authentication user,
			RedirectAttributes redirect) {
		this.desk.publish(id, version, null, this.editors.of(user));
		redirect.addFlashAttribute("flash", "admin.articles.published");
		return "redirect:/admin/articles/" + id;
	}

	@PostMapping("/admin/articles/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam long version, @RequestParam String at, Authentication user,
			RedirectAttributes redirect) {
		Instant when = newsroomTime(at);
		if (when == null || !when.isAfter(this.clock.instant())) {
			redirect.addFlashAttribute("scheduleError", "admin.articles.schedule.invalid");
			redirect.addFlashAttribute("scheduleInput", at);
			return "redirect:/admin/articles/" + id;
		}
		this.desk.publish(id, version, when, this.editors.of(user));
		redirect.addFlashAttribute("flash", "admin.articles.scheduled");
		return "redirect:/admin/articles/" + id;
	}

	@PostMapping("/admin/articles/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam long version, Authentication user,
			RedirectAttributes redirect) {
		this.desk.unpublish(id, version, this.editors.of(user));
		redirect.addFlashAttribute("flash", "admin.articles.unpublished");
		return "redirect:/admin/articles/" + id;
	}

	@PostMapping("/admin/articles/{id}/archive")
	String archive(@PathVariable long id, @RequestParam long version, Authentication user,
			RedirectAttributes redirect) {
		this.desk.archive(id, version, this.editors.of(user));
		redirect.addFlashAttribute("flash", "admin.articles.archived");
		return "redirect:/admin/articles/" + id;
	}

	private String form(Article article, Model model) {
		this.options.addTo(model);
		model.addAttribute("article", article);
		if (article != null) {
			model.addAttribute("status", DeskStatus.of(article, this.clock.instant()));
		}
		model.addAttribute("timeZone", this.properties.timeZone());
		return "admin/articles/form";
	}

	private long versionOf(ArticleForm form) {
		if (form.getVersion() == null) {
			throw new StaleArticleException(-1, -1);
		}
		return form.getVersion();
	}

	// The form's datetime-local value is a wall-clock time in the newsroom's zone.
	private Instant newsroomTime(String local) {
		try {
			return LocalDateTime.parse(local).atZone(this.properties.timeZone()).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return null;
		}
	}

}
