package org.dastan.admin.media;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.dastan.web.media.MediaUrls;

/**
 * Uploads for the body editor, which puts a dropped or pasted image file into the library
 * and then into the text: {@code POST /admin/media/inline} with {@code file},
 * {@code alt}, {@code caption} and {@code credit} answers 201 with the image as the
 * picker gives it, or 400 with the field at fault and what to do, in the editor's
 * language; 503 with the same fields when the server is too busy decoding other pictures
 * to take it now. The same rules and roles as the library's upload form apply.
 */
@RestController
class InlineUploadController {

	private final ImageUploads uploads;

	private final MediaUrls urls;

	private final MessageSource messages;

	InlineUploadController(ImageUploads uploads, MediaUrls urls, MessageSource messages) {
		this.uploads = uploads;
		this.urls = urls;
		this.messages = messages;
	}

	@PostMapping(path = "/admin/media/inline", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@Valid @ModelAttribute InlineUploadForm form, BindingResult errors, Locale locale) {
		return this.uploads.upload(form, errors)
			.<ResponseEntity<?>>map((media) -> ResponseEntity.created(URI.create("/admin/media/" + media.id()))
				.body(PickerImage.of(MediaCard.of(media, this.urls))))
			.orElseGet(() -> ResponseEntity
				.status(ImageUploads.busy(errors) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST)
				.body(rejection(errors.getFieldError(), locale)));
	}

	private Rejection rejection(FieldError error, Locale locale) {
		String field = "altText".equals(error.getField()) ? InlineUploadForm.ALT : error.getField();
		return new Rejection(field, this.messages.getMessage(error, locale));
	}

	/** Why an upload was refused: the request field at fault and what to do about it. */
	record Rejection(String field, String message) {

	}

}
