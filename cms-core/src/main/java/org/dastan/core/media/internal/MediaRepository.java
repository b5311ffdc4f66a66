package org.dastan.core.media.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.media.model.Media;

/**
 * The library's table. The usage queries read articles and authors by name only, so the
 * module depends on no other feature's types.
 */
public interface MediaRepository extends JpaRepository<Media, Long> {

	Optional<Media> findByFileName(String fileName);

	List<Media> findByFileNameIn(Collection<String> fileNames);

	Page<Media> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	/**
	 * Images whose texts or names contain the pattern, newest first. The pattern is
	 * lower-case, for {@code like} with {@code !} as escape character.
	 */
	@Query(value = """
			select m from Media m where lower(m.altText) like :pattern escape '!'
			or lower(m.caption) like :pattern escape '!' or lower(m.credit) like :pattern escape '!'
			or lower(m.originalName) like :pattern escape '!' or lower(m.fileName) like :pattern escape '!'
			order by m.createdAt desc, m.id desc""")
	Page<Media> search(String pattern, Pageable pageable);

	/**
	 * Titles of the articles that feature the image, or whose text matches the pattern
	 * (one that finds the image's URL and its variants').
	 */
	@Query("""
			select a.title from Article a where a.featuredImage.id = :mediaId or a.body like :bodyPattern
			order by a.title""")
	List<String> findArticleTitlesShowing(long mediaId, String bodyPattern);

	@Query("select a.name from Author a where a.photo.id = :mediaId order by a.name")
	List<String> findAuthorNamesShowing(long mediaId);

}
