package org.dastan.admin.article;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import org.dastan.core.author.Authors;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRepository;

/**
 * The choices the article form and the list filters offer: sections, tags, authors and
 * recent images.
 */
@Component
class ArticleFormOptions {

	private static final int RECENT_IMAGES = 60;

	private final TagRepository tags;

	private final Authors authors;

	private final MediaLibrary media;

	ArticleFormOptions(TagRepository tags, Authors authors, MediaLibrary media) {
		this.tags = tags;
		this.authors = authors;
		this.media = media;
	}

	@Transactional(readOnly = true)
	void addTo(Model model) {
		model.addAttribute("sections", this.tags.findByKindOrderByName(TagKind.SECTION));
		model.addAttribute("tagNames", this.tags.findAll(Sort.by("name")).stream().map(Tag::getName).toList());
		model.addAttribute("allTags", this.tags.findAll(Sort.by("name")));
		model.addAttribute("authors", this.authors.bylineChoices());
		model.addAttribute("images", this.media.choices(RECENT_IMAGES, null));
	}

}
