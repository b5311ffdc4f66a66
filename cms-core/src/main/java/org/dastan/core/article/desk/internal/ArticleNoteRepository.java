package org.dastan.core.article.desk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleNoteRepository extends JpaRepository<ArticleNote, Long> {

	List<ArticleNote> findByArticleIdOrderByCreatedAtDescIdDesc(long articleId);

}
