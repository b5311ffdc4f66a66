package org.dastan.core.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.author.AuthorCard;
import org.dastan.core.author.model.Author;
import org.dastan.core.media.ImageRef;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;

/**
 * The articles readers may see: published ones whose publication time has come.
 */
@Service
@Transactional(readOnly = true)
public class PublishedArticles {

	private final ArticleRepository articles;

	private final PublicArticleIds ids;

	private final TagService tags;

	private final LeadStories leads;

	private final Clock clock;

	// Counting every public article reads the whole date index (50 ms at 100,000): once
	// per content change for the front page's pages and the related-article ranking
	// alike.
	private final ContentCache<String, Long> publicCount;

	PublishedArticles(ArticleRepository articles, PublicArticleIds ids, TagService tags, LeadStories leads, Clock clock,
			ContentCaches caches) {
		this.articles = articles;
		this.ids = ids;
		this.tags = tags;
		this.leads = leads;
		this.clock = clock;
		this.publicCount = caches.create(1);
	}

	/** How many articles readers may see, kept until content changes. */
	public long countPublic() {
		return this.publicCount.get("all", () -> {
			ContentKeys.touch(ContentKey.LATEST);
			return this.articles.countPublic(this.clock.instant());
		});
	}

	public Optional<ArticlePage> findPage(String slug) {
		Instant now = this.clock.instant();
		return this.articles.findWithPictureBySlug(slug).filter((article) -> article.isPublicAt(now)).map(this::toPage);
	}

	/**
	 * Any article, whatever its status, as its page would show it: for staff previews
	 * only.
	 */
	public ArticlePage preview(long id) {
		return toPage(this.articles.findById(id).orElseThrow());
	}

	/**
	 * The current slug of an article that used to answer to the given one, so that old
	 * links can redirect.
	 */
	public Optional<String> findRenamed(String formerSlug) {
		return this.articles.findSlugByFormerSlug(formerSlug);
	}

	/**
	 * The latest public articles, newest first; the first page starts with the lead
	 * stories editors pinned ({@link LeadStories}), newest pin first, each shown once.
	 */
	public Page<ArticleCard> latest(Pageable pageable) {
		ContentKeys.touch(ContentKey.LATEST);
		Instant now = this.clock.instant();
		List<Long> page = this.ids.findLatestList(now, pageable);
		if (pageable.getPageNumber() == 0) {
			List<Long> leads = this.leads.publicAt(now, pageable.getPageSize());
			if (!leads.isEmpty()) {
				page = Stream.concat(leads.stream(), page.stream().filter((id) -> !leads.contains(id))).toList();
			}
		}
		return new PageImpl<>(this.articles.findCardsInOrder(page), pageable, countPublic());
	}

	/**
	 * The latest few articles of each section in the navigation, for the front page's
	 * section blocks.
	 */
	public List<SectionBlock> latestBySection(int perSection) {
		Instant now = this.clock.instant();
		ContentKeys.touch(ContentKey.LATEST);
		return this.tags.navigation()
			.stream()
			.filter(TagView::isSection)
			.map((section) -> new SectionBlock(section.ref(),
					this.articles.findCardsInOrder(
							this.ids.findListInSection(section.id(), now, PageRequest.of(0, perSection)))))
			.filter((block) -> !block.articles().isEmpty())
			.toList();
	}

	public Page<ArticleCard> inSection(long sectionId, Pageable pageable) {
		ContentKeys.touch(ContentKey.tagList(sectionId));
		return this.articles.findCardsInOrder(this.ids.findInSection(sectionId, this.clock.instant(), pageable));
	}

	public Page<ArticleCard> withTag(long tagId, Pageable pageable) {
		ContentKeys.touch(ContentKey.tagList(tagId));
		return this.articles.findCardsInOrder(this.ids.findWithTag(tagId, this.clock.instant(), pageable));
	}

	public Page<ArticleCard> byAuthor(long authorId, Pageable pageable) {
		ContentKeys.touch(ContentKey.authorList(authorId));
		return this.articles.findCardsInOrder(this.ids.findByAuthor(authorId, this.clock.instant(), pageable));
	}

	private ArticlePage toPage(Article article) {
		long id = article.getId();
		List<Author> authors = this.articles.findAuthorsOf(id);
		authors.forEach((author) -> ContentKeys.touch(ContentKey.author(author.getId())));
		return ArticlePage.of(article, this.articles.findTagsOf(id).stream().map(TagRef::of).toList(),
				authors.stream().map(AuthorCard::of).toList());
	}

}
