package org.dastan.admin.wordpress;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.dastan.admin.wordpress.ImportJobs.Job;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.wxr.WxrExport;
import org.dastan.core.wxr.WxrOptions;
import org.dastan.core.wxr.WxrProgress;
import org.dastan.web.error.NotFoundException;

/**
 * Takes a WordPress export and the old site's address, starts the import in the
 * background and sends the admin to its page: a progress bar while it runs (which the
 * page's script keeps up to date from a small JSON answer), then its report.
 */
@Controller
@RequestMapping("/admin/import")
class WordPressImportController {

	private static final String FORM = "admin/wordpress/form";

	private final ImportJobs jobs;

	private final WxrExport export;

	private final NewsroomProperties newsroom;

	WordPressImportController(ImportJobs jobs, WxrExport export, NewsroomProperties newsroom) {
		this.jobs = jobs;
		this.export = export;
		this.newsroom = newsroom;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new ImportForm());
		return FORM;
	}

	@PostMapping
	String start(@Valid @ModelAttribute("form") ImportForm form, BindingResult binding,
			@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		URI site = binding.hasFieldErrors("site") ? null : form.siteUri();
		if (!binding.hasFieldErrors("site") && site == null) {
			binding.rejectValue("site", "admin.import.site.invalid");
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "admin.import.file.required");
		}
		if (binding.hasErrors() || model.containsAttribute("fileError")) {
			return FORM;
		}
		Path upload = Files.createTempFile("dastan-wordpress-", ".xml");
		file.transferTo(upload);
		String id = this.jobs.start(upload, file.getOriginalFilename(), new WxrOptions(site, form.isStaffAccounts()));
		return "redirect:/admin/import/" + id;
	}

	@GetMapping("/{id}")
	String job(@PathVariable String id, Model model) {
		Job job = find(id);
		model.addAttribute("job", job);
		return job.progress().finished() ? "admin/wordpress/report" : "admin/wordpress/progress";
	}

	/** How far the import is, for the progress bar. */
	@GetMapping(path = "/{id}/progress", produces = "application/json")
	@ResponseBody
	Progress progress(@PathVariable String id) {
		WxrProgress progress = find(id).progress();
		return new Progress(progress.done(), progress.total(), progress.percent(), progress.finished());
	}

	record Progress(long done, long total, int percent, boolean finished) {

	}

	/**
	 * The whole newsroom as a WordPress export, for a newsroom that leaves: written as it
	 * is read, never held whole.
	 */
	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("wordpress.xml").build().toString());
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		this.export.write(response.getOutputStream(), site, this.newsroom.name());
	}

	private Job find(String id) {
		return this.jobs.find(id).orElseThrow(() -> new NotFoundException("Import"));
	}

}
