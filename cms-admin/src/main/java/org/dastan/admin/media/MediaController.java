package org.dastan.admin.media;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.core.media.MediaInUseException;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaView;
import org.dastan.core.media.RejectedImageException.Reason;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.media.MediaUrls;

/**
 * The media library: browse and search, upload, look at one image, change its texts,
 * delete it. Editing and deleting are for editors (the URL rules say so); authors upload
 * and browse.
 */
@Controller
class MediaController {

	private final MediaLibrary library;

	private final LibraryPage libraryPage;

	private final ImageUploads uploads;

	private final MediaUrls urls;

	MediaController(MediaLibrary library, LibraryPage libraryPage, ImageUploads uploads, MediaUrls urls) {
		this.library = library;
		this.libraryPage = libraryPage;
		this.uploads = uploads;
		this.urls = urls;
	}

	@GetMapping("/admin/media")
	String library(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String rejected, Model model) {
		UploadForm form = new UploadForm();
		model.addAttribute("upload", form);
		if ("too-large".equals(rejected)) {
			BindingResult errors = new BeanPropertyBindingResult(form, "upload");
			this.uploads.rejectFile(errors, Reason.TOO_LARGE);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", errors);
		}
		return this.libraryPage.show(q, page, model);
	}

	@PostMapping("/admin/media")
	String upload(@Valid @ModelAttribute("upload") UploadForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (this.uploads.upload(form, errors).isEmpty()) {
			if (ImageUploads.busy(errors)) {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
			return this.libraryPage.show(null, null, model);
		}
		redirect.addFlashAttribute("flash", "admin.media.uploaded");
		return "redirect:/admin/media";
	}

	@GetMapping("/admin/media/{id}")
	String details(@PathVariable long id, Model model) {
		MediaView media = find(id);
		model.addAttribute("media", MediaForm.of(media));
		return showDetails(media, model);
	}

	@PostMapping("/admin/media/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("media") MediaForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return showDetails(find(id), model);
		}
		try {
			this.library.describe(form.toCommand(id)).orElseThrow(() -> new NotFoundException("Image " + id));
		}
		catch (OptimisticLockingFailureException ex) {
			// Show the newer texts beside the editor's own, kept in the form: saving
			// again
			// replaces them deliberately.
			MediaView current = find(id);
			errors.reject("admin.media.error.stale");
			form.setVersion(current.version());
			return showDetails(current, model);
		}
		redirect.addFlashAttribute("flash", "admin.media.saved");
		return "redirect:/admin/media/" + id;
	}

	@PostMapping("/admin/media/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.library.delete(id);
		}
		catch (MediaInUseException ex) {
			MediaView media = find(id);
			model.addAttribute("media", MediaForm.of(media));
			model.addAttribute("inUse", ex);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showDetails(media, model);
		}
		redirect.addFlashAttribute("flash", "admin.media.deleted");
		return "redirect:/admin/media";
	}

	private MediaView find(long id) {
		return this.library.view(id).orElseThrow(() -> new NotFoundException("Image " + id));
	}

	private String showDetails(MediaView media, Model model) {
		model.addAttribute("card", MediaCard.of(media, this.urls));
		return "admin/media/details";
	}

}
