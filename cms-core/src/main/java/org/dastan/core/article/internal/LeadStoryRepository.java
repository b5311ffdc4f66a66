package org.dastan.core.article.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeadStoryRepository extends JpaRepository<LeadStory, Long> {

	/** The pinned articles readers may see, newest pin first. */
	@Query("select l.articleId from LeadStory l, Article a where a.id = l.articleId and " + ArticleRepository.PUBLIC
			+ " order by l.ledSince desc, l.articleId desc")
	List<Long> findPublicArticleIds(Instant now, Pageable pageable);

	@Query("select l.articleId from LeadStory l")
	List<Long> findArticleIds();

}
