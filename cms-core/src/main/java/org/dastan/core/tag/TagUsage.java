package org.dastan.core.tag;

import java.util.List;
import java.util.Map;

import org.dastan.core.tag.model.Tag;

/**
 * What tags need to know of the articles that use them, answered by the feature that owns
 * the articles: tags know nothing of articles, so that articles can depend on tags.
 * "Using" a tag means having it as the section or among the tags.
 */
public interface TagUsage {

	/**
	 * How many articles use each tag, each article once, by tag id; unused tags are
	 * absent.
	 */
	Map<Long, Long> countByTag();

	long countUsing(long tagId);

	/** How many articles sit in the section. */
	long countInSection(long sectionId);

	/** The ids of the articles that carry the tag, whose search entries hold its name. */
	List<Long> articlesCarrying(long tagId);

	/**
	 * Files the source section's articles under the target, and gives every article that
	 * carries the source the target instead (once); for a merge.
	 */
	void moveArticles(Tag source, Tag target);

}
