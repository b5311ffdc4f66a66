package org.dastan.core.article;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.author.AuthorUsage;

/**
 * Counts the articles on authors' bylines for the author module, which must not know
 * articles itself.
 */
@Component
@Transactional(readOnly = true)
class ArticleAuthorUsage implements AuthorUsage {

	private final EntityManager entityManager;

	ArticleAuthorUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Map<Long, Long> articlesPerAuthor() {
		return this.entityManager
			.createQuery("select au.id, count(distinct a) from Article a join a.authors au group by au.id",
					Object[].class)
			.getResultStream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
	}

	@Override
	public long articlesBy(long authorId) {
		return this.entityManager
			.createQuery("select count(distinct a) from Article a join a.authors au where au.id = :authorId",
					Long.class)
			.setParameter("authorId", authorId)
			.getSingleResult();
	}

}
