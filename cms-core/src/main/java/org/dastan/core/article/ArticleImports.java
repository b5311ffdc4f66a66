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

	private final Clock clock;

	ArticleImports(EntityManager entityManager, HtmlSanitizer sanitizer, Clock clock) {
		this.entityManager = entityManager;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	/** Stores the article and returns its id. */
	public long add(ImportArticle imported) {
		Instant now = this.clock.instant();
		Article article = new Article(imported.slug(), imported.title());
		article.writeStandfirst(imported.standfirst());
		article.writeBody(this.sanitizer.sanitize(imported.body()));
		article.placeIn((imported.sectionId() != null) ? reference(Tag.class, imported.sectionId()) : null);
		article.tagWith(imported.tagIds().stream().map((id) -> reference(Tag.class, id)).collect(Collectors.toSet()));
		article.creditTo(imported.authorIds().stream().map((id) -> reference(Author.class, id)).toList());
		if (imported.imageId() != null) {
			article.illustrate(reference(Media.class, imported.imageId()), imported.imageCaption(),
					imported.imageCredit());
		}
		Instant publishedAt = imported.publishedAt();
		if (publishedAt != null && publishedAt.isAfter(now)) {
			article.schedule(publishedAt, now);
		}
		else if (publishedAt != null) {
			article.publish(publishedAt);
		}
		article.addViews(imported.views());
		article.markUpdated(imported.updatedAt());
		this.entityManager.persist(article);
		return article.getId();
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
