package org.dastan.admin.article;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import org.dastan.core.author.Authors;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagService;

/**
 * The choices the article form and the list filters offer: sections, tags, authors and
 * recent images.
 */
@Component
class ArticleFormOptions {

	private static final int RECENT_IMAGES = 60;

	private final TagService tags;

	private final Authors authors;

	private final MediaLibrary media;

	ArticleFormOptions(TagService tags, Authors authors, MediaLibrary media) {
		this.tags = tags;
		this.authors = authors;
		this.media = media;
	}

	@Transactional(readOnly = true)
	void addTo(Model model) {
		model.addAttribute("sections", this.tags.ofKind(TagKind.SECTION));
		List<TagRef> tags = this.tags.all();
		model.addAttribute("tagNames", tags.stream().map(TagRef::name).toList());
		model.addAttribute("allTags", tags);
		model.addAttribute("authors", this.authors.bylineChoices());
		model.addAttribute("images", this.media.choices(RECENT_IMAGES, null));
	}

}
