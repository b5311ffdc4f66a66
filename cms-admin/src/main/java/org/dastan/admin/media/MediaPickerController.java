package org.dastan.admin.media;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Images as JSON for the article editor, which inserts them into a text or picks a
 * featured image: {@code GET /admin/media/picker?q=&page=}, newest first.
 */
@RestController
class MediaPickerController {

	private final LibraryPage libraryPage;

	MediaPickerController(LibraryPage libraryPage) {
		this.libraryPage = libraryPage;
	}

	@GetMapping("/admin/media/picker")
	List<PickerImage> images(@RequestParam(required = false) String q, @RequestParam(required = false) String page) {
		String query = (q != null) ? q.strip() : "";
		return this.libraryPage.search(query, page).map(PickerImage::of).getContent();
	}

}
