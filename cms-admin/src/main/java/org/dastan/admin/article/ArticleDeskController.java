package org.dastan.admin.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.ArticleDesk.ArticleNotFoundException;
import org.dastan.core.article.desk.DeskAction;
import org.dastan.core.article.desk.NotYoursException;
import org.dastan.core.article.desk.OpenedArticle;
import org.dastan.core.article.desk.Transition;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.article.desk.DeskFilter;
import org.dastan.core.article.desk.DeskLists;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.article.desk.DeskStatus;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.desk.StaleArticleException;
import org.dastan.core.article.revision.ArticleRevisions;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.paging.PageNumber;

/**
 * The article desk: the filtered list, the editor page, saving with a conflict check, and
 * the status actions.
 */
@Controller
class ArticleDeskController {

	private static final Logger logger = LoggerFactory.getLogger(ArticleDeskController.class);

	private final ArticleDesk desk;

	private final DeskLists lists;

	private final ArticleFormOptions options;

	private final CurrentEditor editors;

	private final NewsroomProperties properties;

	private final ArticleRevisions revisions;

	private final AutosaveOffer autosaves;

	ArticleDeskController(ArticleDesk desk, DeskLists lists, ArticleFormOptions options, CurrentEditor editors,
			ArticleRevisions revisions, NewsroomProperties properties, AutosaveOffer autosaves) {
		this.autosaves = autosaves;
		this.revisions = revisions;
		this.desk = desk;
		this.lists = lists;
		this.options = options;
		this.editors = editors;
		this.properties = properties;
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
		ArticleForm articleForm = new ArticleForm();
		articleForm.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("articleForm", articleForm);
		model.addAttribute("autosave", this.autosaves.json(null, this.editors.of(user)));
		return form(null, model);
	}

	@PostMapping("/admin/articles")
	String create(@Valid @ModelAttribute ArticleForm articleForm, BindingResult result,
			@RequestParam(defaultValue = "SAVE") DeskAction action, Authentication user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Editor editor = this.editors.of(user);
		String token = blankToNull(articleForm.getFormToken());
		try {
			Optional<Long> made = (token != null) ? this.desk.createdBy(token) : Optional.empty();
			if (made.isPresent()) {
				return created(made.get(), redirect);
			}
			if (result.hasErrors()) {
				return form(null, model);
			}
			OpenedArticle article = this.desk.create(articleForm.toDraft(), token, transition(articleForm, action),
					editor);
			return (action == DeskAction.SAVE) ? created(article.id(), redirect)
					: done(article.id(), action, editor, redirect);
		}
		catch (RejectedEditException ex) {
			EditErrors.reject(result, ex);
			return form(null, model);
		}
		catch (DataIntegrityViolationException ex) {
			// The same form submitted twice at once: the other submit made the article.
			Optional<Long> made = (token != null) ? this.desk.createdBy(token) : Optional.empty();
			return made.isPresent() ? created(made.get(), redirect)
					: notSaved(ex, null, articleForm, result, editor, model, response);
		}
		catch (RuntimeException ex) {
			return notSaved(ex, null, articleForm, result, editor, model, response);
		}
	}

	@GetMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, Authentication user, Model model) {
		OpenedArticle article = this.desk.open(id, this.editors.of(user));
		model.addAttribute("autosave", this.autosaves.json(id, this.editors.of(user)));
		ArticleForm articleForm = ArticleForm.from(article);
		articleForm.setOpenedRevision(this.revisions.latestRevision(id).orElse(null));
		model.addAttribute("articleForm", articleForm);
		return form(article, model);
	}

	/**
	 * Saves everything in the form, then does what the pressed button asks (submit,
	 * publish, schedule, ...), in one transaction with the version check. Whatever goes
	 * wrong, the editor gets their text back: a refusal on the form, a conflict on the
	 * conflict page, a failure with a "Not saved" message.
	 */
	@PostMapping("/admin/articles/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute ArticleForm articleForm, BindingResult result,
			@RequestParam(defaultValue = "SAVE") DeskAction action, Authentication user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Editor editor = this.editors.of(user);
		try {
			if (result.hasErrors()) {
				return form(this.desk.open(id, editor), model);
			}
			this.desk.update(id, versionOf(articleForm), articleForm.toDraft(), transition(articleForm, action),
					editor);
			return done(id, action, editor, redirect);
		}
		catch (RejectedEditException ex) {
			EditErrors.reject(result, ex);
			return form(this.desk.open(id, editor), model);
		}
		catch (StaleEditException | ConcurrencyFailureException ex) {
			// A save that came after someone else's, whether the desk's version check or
			// the database's noticed it.
			return conflict(id, articleForm, editor, model, response);
		}
		catch (RuntimeException ex) {
			return notSaved(ex, id, articleForm, result, editor, model, response);
		}
	}

	@GetMapping("/admin/articles/{id}/delete")
	String confirmDelete(@PathVariable long id, Authentication user, Model model) {
		OpenedArticle article = this.desk.open(id, this.editors.of(user));
		model.addAttribute("article", article);
		model.addAttribute("status", article.status());
		return "admin/articles/delete";
	}

	@PostMapping("/admin/articles/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, Authentication user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Editor editor = this.editors.of(user);
		try {
			this.desk.delete(id, version, editor);
		}
		catch (RejectedEditException ex) {
			model.addAttribute("refused", ex.code());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return confirmDelete(id, user, model);
		}
		catch (ConcurrencyFailureException ex) {
			throw new StaleArticleException(id, -1);
		}
		redirect.addFlashAttribute("flash", "admin.articles.deleted");
		return "redirect:/admin/articles";
	}

	private String created(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.articles.created");
		return "redirect:/admin/articles/" + id;
	}

	// Where the editor lands after a write, with a line saying what happened. A reporter
	// who hands in their draft can no longer open it, so they go back to the list.
	private String done(long id, DeskAction action, Editor editor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", switch (action) {
			case SAVE -> "admin.articles.saved";
			case SUBMIT -> "admin.articles.submitted";
			case PUBLISH -> "admin.articles.published";
			case SCHEDULE -> "admin.articles.scheduled";
			case UNPUBLISH -> "admin.articles.unpublished";
			case ARCHIVE -> "admin.articles.archived";
			case SEND_BACK -> "admin.articles.sent-back";
			case ADD_NOTE -> "admin.articles.noted";
		});
		if (action == DeskAction.SUBMIT && !editor.isEditor()) {
			return "redirect:/admin/articles";
		}
		return "redirect:/admin/articles/" + id;
	}

	private Transition transition(ArticleForm form, DeskAction action) {
		Instant at = (action == DeskAction.SCHEDULE) ? newsroomTime(form.getPublishAt()) : null;
		return new Transition(action, at, form.getNote());
	}

	private String conflict(long id, ArticleForm articleForm, Editor editor, Model model,
			HttpServletResponse response) {
		// Keep every word the editor typed; saving this form again knowingly replaces
		// the other version.
		OpenedArticle current = this.desk.open(id, editor);
		model.addAttribute("current", current);
		if (articleForm.getOpenedRevision() != null) {
			model.addAttribute("changes", this.revisions.compareWithCurrent(id, articleForm.getOpenedRevision()));
		}
		articleForm.setVersion(current.version());
		articleForm.setOpenedRevision(this.revisions.latestRevision(id).orElse(null));
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		form(current, model);
		return "admin/articles/conflict";
	}

	// The form again with a "Not saved" message above it. The database may be what
	// failed, so the page makes do with what the form holds when it cannot read the
	// article.
	private String notSaved(RuntimeException failure, Long id, ArticleForm articleForm, BindingResult result,
			Editor editor, Model model, HttpServletResponse response) {
		if (failure instanceof NotYoursException || failure instanceof ArticleNotFoundException) {
			throw failure;
		}
		if (failure instanceof DataAccessException || failure instanceof TransactionException) {
			logger.warn("Article not saved: the database failed", failure);
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			result.reject("admin.articles.not-saved.database");
		}
		else {
			logger.error("Article not saved", failure);
			response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			result.reject("admin.articles.not-saved.unexpected");
		}
		if (id == null) {
			return formWithoutDatabase(null, model);
		}
		try {
			return form(this.desk.open(id, editor), model);
		}
		catch (RuntimeException ex) {
			return formWithoutDatabase(new ArticleHeading(id, articleForm.getTitle(), null, articleForm.getVersion()),
					model);
		}
	}

	private String formWithoutDatabase(ArticleHeading article, Model model) {
		try {
			this.options.addTo(model);
		}
		catch (RuntimeException ex) {
			model.addAttribute("optionsUnavailable", true);
		}
		model.addAttribute("article", article);
		model.addAttribute("timeZone", this.properties.timeZone());
		return "admin/articles/form";
	}

	private String form(OpenedArticle article, Model model) {
		this.options.addTo(model);
		model.addAttribute("article", article);
		if (article != null) {
			model.addAttribute("status", article.status());
			model.addAttribute("notes", this.desk.notes(article.id()));
		}
		model.addAttribute("timeZone", this.properties.timeZone());
		return "admin/articles/form";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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
