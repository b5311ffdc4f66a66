package org.dastan.admin.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;

import org.dastan.core.media.ImageUpload;
import org.dastan.core.media.MediaBusyException;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaView;
import org.dastan.core.media.RejectedImageException;
import org.dastan.core.media.RejectedImageException.Reason;

/**
 * Takes an uploaded file into the library for the upload form and the body editor alike,
 * so that both refuse the same files with the same words.
 */
@Component
class ImageUploads {

	private static final String BUSY = "admin.media.error.busy";

	private final MediaLibrary library;

	private final LibraryPage libraryPage;

	ImageUploads(MediaLibrary library, LibraryPage libraryPage) {
		this.library = library;
		this.libraryPage = libraryPage;
	}

	/**
	 * Stores the form's file with its texts, unless the form has errors already or the
	 * file is refused, which is then recorded against the {@code file} field.
	 * @return the stored image, or empty if there are errors
	 */
	Optional<MediaView> upload(UploadForm form, BindingResult errors) {
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			rejectFile(errors, Reason.EMPTY);
		}
		else if (file.getSize() > this.library.limits().maxUploadSize().toBytes()) {
			rejectFile(errors, Reason.TOO_LARGE);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.library
				.upload(new ImageUpload(file.getBytes(), file.getOriginalFilename(), form.toDescription())));
		}
		catch (RejectedImageException ex) {
			rejectFile(errors, ex.reason());
			return Optional.empty();
		}
		catch (MediaBusyException ex) {
			errors.rejectValue("file", BUSY);
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the upload was refused only because the server was busy decoding other
	 * pictures: the same file may be sent again in a moment.
	 */
	static boolean busy(BindingResult errors) {
		FieldError error = errors.getFieldError("file");
		return error != null && BUSY.equals(error.getCode());
	}

	void rejectFile(BindingResult errors, Reason reason) {
		String code = "admin.media.error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
		Object argument = switch (reason) {
			case TOO_LARGE -> this.libraryPage.maxUploadSize().toMessage();
			case TOO_MANY_PIXELS -> this.library.limits().maxPixels() / 1_000_000;
			default -> null;
		};
		errors.rejectValue("file", code, new Object[] { argument }, null);
	}

}
