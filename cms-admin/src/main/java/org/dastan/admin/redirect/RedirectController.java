package org.dastan.admin.redirect;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.redirect.ImportReport;
import org.dastan.core.redirect.RedirectEntry;
import org.dastan.core.redirect.RedirectPaths;
import org.dastan.core.redirect.Redirects;
import org.dastan.core.redirect.SavedRedirect;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.paging.PageNumber;

/**
 * Lists, searches, adds, edits and deletes redirects, imports a CSV file of them with a
 * report per line, and exports them all. A form with errors comes back with everything
 * the admin typed, the rule next to its field.
 */
@Controller
@RequestMapping("/admin/redirects")
class RedirectController {

	private static final Logger logger = LoggerFactory.getLogger(RedirectController.class);

	static final int PAGE_SIZE = 50;

	private static final String FORM = "admin/redirect/form";

	private static final String FORM_OBJECT = "redirect";

	private static final String TO_LIST = "redirect:/admin/redirects";

	private final Redirects redirects;

	private final NewsroomProperties newsroom;

	RedirectController(Redirects redirects, NewsroomProperties newsroom) {
		this.redirects = redirects;
		this.newsroom = newsroom;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		String text = (q != null) ? q.strip() : "";
		Page<RedirectEntry> results = this.redirects.search(text, PageNumber.parse(page).number() - 1, PAGE_SIZE);
		model.addAttribute("q", text);
		model.addAttribute("results", results);
		model.addAttribute("zone", this.newsroom.timeZone());
		return "admin/redirect/list";
	}

	@GetMapping("/new")
	String newRedirect(Model model) {
		model.addAttribute(FORM_OBJECT, new RedirectForm());
		return form(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_OBJECT) RedirectForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (isWellFormed(form, binding) && EditErrors.saved(binding,
				() -> saved(this.redirects.add(form.toDraft()), redirect), () -> -1, form::setVersion)) {
			return TO_LIST;
		}
		return form(null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute(FORM_OBJECT, RedirectForm.of(find(id)));
		return form(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_OBJECT) RedirectForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		long version = (form.getVersion() != null) ? form.getVersion() : -1;
		if (!binding.hasErrors()
				&& EditErrors.saved(binding, () -> saved(this.redirects.update(id, version, form.toDraft()), redirect),
						() -> find(id).version(), form::setVersion)) {
			return TO_LIST;
		}
		return form(id, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.redirects.delete(find(id).id());
		redirect.addFlashAttribute("flash", "admin.redirects.deleted");
		return TO_LIST;
	}

	/**
	 * Reads the file as UTF-8 and shows what became of each line; a file that cannot be
	 * read at all is said so on the list page, never answered with a failure.
	 */
	@PostMapping("/import")
	String importCsv(@RequestParam(required = false) MultipartFile file, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "admin.redirects.import.no-file");
			return list(null, null, model);
		}
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			ImportReport report = this.redirects.importCsv(csv);
			model.addAttribute("report", report);
			model.addAttribute("fileName", file.getOriginalFilename());
			return "admin/redirect/import";
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not import redirects from {}", file.getOriginalFilename(), ex);
			model.addAttribute("importError", "admin.redirects.import.failed");
			return list(null, null, model);
		}
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("redirects.csv").build().toString());
		Writer out = response.getWriter();
		this.redirects.exportCsv(out);
		out.flush();
	}

	// Both fields' rules at once, each next to its field; the service checks them again
	// with what needs the database.
	private static boolean isWellFormed(RedirectForm form, BindingResult binding) {
		List<Runnable> checks = List.of(() -> RedirectPaths.from(form.getFrom()), () -> RedirectPaths.to(form.getTo()));
		for (Runnable check : checks) {
			try {
				check.run();
			}
			catch (RejectedEditException ex) {
				if (!binding.hasFieldErrors(ex.field())) {
					EditErrors.reject(binding, ex);
				}
			}
		}
		return !binding.hasErrors();
	}

	private static void saved(SavedRedirect saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.redirects.saved");
		if (saved.via() != null) {
			redirect.addFlashAttribute("collapsed", saved);
		}
	}

	private RedirectEntry find(long id) {
		return this.redirects.find(id).orElseThrow(() -> new NotFoundException("Redirect"));
	}

	private String form(Long id, Model model) {
		if (id != null) {
			model.addAttribute("stored", find(id));
		}
		return FORM;
	}

}
