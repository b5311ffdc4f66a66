package org.dastan.core.article;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.author.model.Author;
import org.dastan.core.media.model.Media;
import org.dastan.core.tag.model.Tag;

/**
 * Every article, drafts included, whole and in id order, for an export that leaves
 * Dastan: read in batches and let go of after each, so that memory stays flat however
 * many there are.
 */
@Service
@Transactional(readOnly = true)
public class ArticleExports {

	private static final int BATCH = 200;

	private final EntityManager entityManager;

	private final LeadStories leads;

	ArticleExports(EntityManager entityManager, LeadStories leads) {
		this.entityManager = entityManager;
		this.leads = leads;
	}

	public void forEach(Consumer<ExportedArticle> each) {
		Set<Long> leads = this.leads.all();
		long last = 0;
		List<Article> batch;
		do {
			batch = this.entityManager
				.createQuery("select a from Article a where a.id > :last order by a.id", Article.class)
				.setParameter("last", last)
				.setMaxResults(BATCH)
				.getResultList();
			for (Article article : batch) {
				each.accept(exported(article, leads.contains(article.getId())));
				last = article.getId();
			}
			this.entityManager.clear();
		}
		while (batch.size() == BATCH);
	}

	private static ExportedArticle exported(Article article, boolean lead) {
		Media image = article.getFeaturedImage();
		return new ExportedArticle(article.getId(), article.getSlug(), article.getTitle(), article.getStandfirst(),
				article.getBody(), article.getStatus(), article.getPublishedAt(), article.getCreatedAt(),
				article.getUpdatedAt(), (article.getSection() != null) ? article.getSection().getSlug() : null,
				article.getTags().stream().map(Tag::getSlug).sorted().toList(),
				article.getAuthors().stream().map(Author::getSlug).toList(),
				(image != null) ? image.getFileName() : null, (image != null) ? image.getAltText() : null,
				article.getImageCaption(), article.getImageCredit(), (image != null) ? image.getId() : null,
				article.getSeoTitle(), article.getSeoDescription(), lead);
	}

}
