package org.dastan.core.article.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Component;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRevision;
import org.dastan.core.article.ArticleStatus;

/**
 * Reads articles' revisions from the Envers tables: one query for a whole history, one
 * per old state. Callers bring the transaction.
 */
@Component
class AuditedArticles {

	private final EntityManager entityManager;

	AuditedArticles(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The article's revisions, oldest first, without their bodies. */
	List<RevisionSummary> summaries(long articleId) {
		List<?> rows = reader().createQuery()
			.forRevisionsOfEntity(Article.class, false, false)
			.add(AuditEntity.id().eq(articleId))
			.addProjection(AuditEntity.revisionNumber())
			.addProjection(AuditEntity.revisionProperty("timestamp"))
			.addProjection(AuditEntity.revisionProperty("username"))
			.addProjection(AuditEntity.revisionProperty("restoredFrom"))
			.addProjection(AuditEntity.revisionType())
			.addProjection(AuditEntity.property("title"))
			.addProjection(AuditEntity.property("status"))
			.addProjection(AuditEntity.property("publishedAt"))
			.addProjection(AuditEntity.property("version"))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<RevisionSummary> summaries = new ArrayList<>();
		Object[] previous = null;
		for (Object result : rows) {
			Object[] row = (Object[]) result;
			summaries.add(new RevisionSummary(((Number) row[0]).intValue(), Instant.ofEpochMilli((Long) row[1]),
					(String) row[2], kind(row, previous), (String) row[5], (ArticleStatus) row[6], (Long) row[8],
					(Integer) row[3]));
			previous = row;
		}
		return summaries;
	}

	Optional<Integer> latest(long articleId) {
		Number latest = (Number) reader().createQuery()
			.forRevisionsOfEntity(Article.class, false, false)
			.add(AuditEntity.id().eq(articleId))
			.addProjection(AuditEntity.revisionNumber().max())
			.getSingleResult();
		return Optional.ofNullable(latest).map(Number::intValue);
	}

	ArticleSnapshot at(long articleId, int revision) {
		Article article = reader().find(Article.class, articleId, revision);
		if (article == null) {
			throw new RevisionNotFoundException(articleId, revision);
		}
		return snapshot(article);
	}

	ArticleSnapshot snapshot(Article article) {
		return ArticleSnapshot.of(article);
	}

	/**
	 * The revision the current transaction's saves will be recorded in; Envers writes it
	 * only if an audited field changes.
	 */
	ArticleRevision currentRevision(boolean persist) {
		return reader().getCurrentRevision(ArticleRevision.class, persist);
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(this.entityManager);
	}

	private static RevisionKind kind(Object[] row, Object[] previous) {
		if (row[4] == RevisionType.ADD || previous == null) {
			return RevisionKind.CREATED;
		}
		if (row[3] != null) {
			return RevisionKind.RESTORED;
		}
		boolean statusChanged = row[6] != previous[6] || !Objects.equals(row[7], previous[7]);
		return statusChanged ? RevisionKind.STATUS_CHANGED : RevisionKind.EDITED;
	}

}
