package org.dastan.admin.article;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.media.MediaRepository;
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

	private final AuthorRepository authors;

	private final MediaRepository media;

	ArticleFormOptions(TagService tags, AuthorRepository authors, MediaRepository media) {
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
		model.addAttribute("authors", this.authors.findAll(Sort.by("name")).stream().filter(Author::isActive).toList());
		List<ImageChoice> images = this.media
			.findAll(PageRequest.of(0, RECENT_IMAGES, Sort.by(Sort.Direction.DESC, "createdAt")))
			.map((image) -> new ImageChoice(image.getId(), image.getAltText(), image.getFileName()))
			.getContent();
		model.addAttribute("images", images);
	}

	/** An image the featured-image field offers. */
	record ImageChoice(long id, String alt, String fileName) {
	}

}
