package org.dastan.admin.media;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.dastan.core.media.MediaLibrary;
import org.dastan.web.paging.PageNumber;
import org.dastan.web.media.MediaUrls;

/**
 * Searches the library a page at a time, for the library page (with the upload form's
 * limits) and for the article editor's picker alike.
 */
@Component
class LibraryPage {

	static final String VIEW = "admin/media/library";

	static final int PAGE_SIZE = 24;

	private final MediaLibrary library;

	private final MediaUrls urls;

	LibraryPage(MediaLibrary library, MediaUrls urls) {
		this.library = library;
		this.urls = urls;
	}

	String show(String query, String page, Model model) {
		String text = (query != null) ? query.strip() : "";
		Page<MediaCard> results = search(text, page);
		model.addAttribute("q", text);
		model.addAttribute("results", results);
		model.addAttribute("maxUploadSize", maxUploadSize());
		model.addAttribute("maxUploadBytes", this.library.limits().maxUploadSize().toBytes());
		model.addAttribute("maxEdge", this.library.limits().maxEdge());
		return VIEW;
	}

	Page<MediaCard> search(String query, String page) {
		PageRequest request = PageRequest.of(PageNumber.parse(page).number() - 1, PAGE_SIZE);
		return this.library.search(query, request).map((media) -> MediaCard.of(media, this.urls));
	}

	FileSize maxUploadSize() {
		return FileSize.of(this.library.limits().maxUploadSize().toBytes());
	}

}
