package org.dastan.core.article.desk.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ArticleAutosaveRepository extends Repository<ArticleAutosave, Long> {

	Optional<ArticleAutosave> findByUsernameAndSlot(String username, long slot);

	ArticleAutosave save(ArticleAutosave autosave);

	@Modifying
	@Query("delete from ArticleAutosave a where a.username = :username and a.slot = :slot")
	int deleteByUsernameAndSlot(String username, long slot);

}
