package org.dastan.core.article;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.author.model.Author;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.model.Media;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.model.Tag;

/**
 * Stores articles from trusted bulk data without the desk's checks, a query per tag or
 * author, or events: tens of thousands load in one pass, and nothing is news yet.
 */
@Service
@Transactional
public class ArticleImports {

	private final EntityManager entityManager;

	private final HtmlSanitizer sanitizer;

	private final LeadStories leads;

	private final Clock clock;

	ArticleImports(EntityManager entityManager, HtmlSanitizer sanitizer, LeadStories leads, Clock clock) {
		this.entityManager = entityManager;
		this.sanitizer = sanitizer;
		this.leads = leads;
		this.clock = clock;
	}

	/** Stores the article and returns its id. */
	public long add(ImportArticle imported) {
		Instant now = this.clock.instant();
		Article article = new Article(imported.slug(), imported.title());
		fill(article, imported, now);
		article.addViews(imported.views());
		article.markUpdated(imported.updatedAt());
		this.entityManager.persist(article);
		return article.getId();
	}

	/**
	 * Stores an article brought from another system, or, when the article it made before
	 * still exists, writes it over that one: slug (the old one keeps leading here),
	 * texts, section, tags, byline, picture, search texts and status.
	 * @param id the article an earlier run made, or {@code null}
	 * @return the article's id, a new one when the earlier article is gone
	 */
	public long put(Long id, ImportArticle imported, ImportedState state) {
		Instant now = this.clock.instant();
		Article article = (id != null) ? this.entityManager.find(Article.class, id) : null;
		boolean fresh = article == null;
		if (fresh) {
			article = new Article(imported.slug(), imported.title());
		}
		else {
			article.rename(imported.slug());
			article.retitle(imported.title());
			leaveStatus(article, now);
		}
		fill(article, imported, now);
		if (state.inReview() && article.getStatus() == ArticleStatus.DRAFT) {
			article.submit();
		}
		article.describeForSearch(state.seoTitle(), state.seoDescription());
		article.markUpdated(imported.updatedAt());
		if (fresh) {
			this.entityManager.persist(article);
		}
		if (state.lead()) {
			this.leads.pin(article.getId());
		}
		return article.getId();
	}

	/**
	 * The slug if no other article has it, now or formerly, else the first free one of
	 * {@code slug-2}, {@code slug-3}, and so on.
	 * @param self the article that may keep its own slug, or {@code null}
	 */
	@Transactional(readOnly = true)
	public String freeSlug(String slug, Long self) {
		return Slugs.unique(slug, Slugs.MAX_LENGTH, (candidate) -> isTaken(candidate, self));
	}

	private boolean isTaken(String slug, Long self) {
		long other = (self != null) ? self : -1;
		return !this.entityManager
			.createQuery("select a.id from Article a left join a.formerSlugs f"
					+ " where (a.slug = :slug or f = :slug) and a.id <> :self", Long.class)
			.setParameter("slug", slug)
			.setParameter("self", other)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

	// An article written over goes back to the drafts first, so that the imported status
	// and time are set as on a new one.
	private static void leaveStatus(Article article, Instant now) {
		if (article.getStatus() == ArticleStatus.PUBLISHED) {
			article.unpublish(now);
		}
		else if (article.getStatus() == ArticleStatus.IN_REVIEW) {
			article.sendBack();
		}
	}

	private void fill(Article article, ImportArticle imported, Instant now) {
		article.writeStandfirst(imported.standfirst());
		article.writeBody(this.sanitizer.sanitize(imported.body()));
		article.placeIn((imported.sectionId() != null) ? reference(Tag.class, imported.sectionId()) : null);
		article.tagWith(imported.tagIds().stream().map((id) -> reference(Tag.class, id)).collect(Collectors.toSet()));
		article.creditTo(imported.authorIds().stream().map((id) -> reference(Author.class, id)).toList());
		if (imported.imageId() != null) {
			article.illustrate(reference(Media.class, imported.imageId()), imported.imageCaption(),
					imported.imageCredit());
		}
		else {
			article.illustrate(null, null, null);
		}
		Instant publishedAt = imported.publishedAt();
		if (publishedAt != null && publishedAt.isAfter(now)) {
			article.schedule(publishedAt, now);
		}
		else if (publishedAt != null) {
			article.publish(publishedAt);
		}
	}

	/** How many articles there are, drafts included. */
	@Transactional(readOnly = true)
	public long count() {
		return this.entityManager.createQuery("select count(a) from Article a", Long.class).getSingleResult();
	}

	private <T> T reference(Class<T> type, long id) {
		return this.entityManager.getReference(type, id);
	}

}
