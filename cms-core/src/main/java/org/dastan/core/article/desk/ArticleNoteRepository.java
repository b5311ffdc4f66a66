package org.dastan.core.article.desk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleNoteRepository extends JpaRepository<ArticleNote, Long> {

	List<ArticleNote> findByArticleIdOrderByCreatedAtDescIdDesc(long articleId);

}
