package org.dastan.core.article.revision;

import java.util.List;

/**
 * What changed in an article between an older and a newer revision: the fields that
 * differ, and the body block by block.
 *
 * @param articleId the article
 * @param from the older revision
 * @param to the newer revision (for a comparison with the current article, its latest
 * revision)
 * @param fields the fields that differ, in the order of the draft's components, then
 * status and publication time
 * @param body every block of the body, unchanged ones included, in reading order
 */
public record RevisionDiff(long articleId, RevisionSummary from, RevisionSummary to, List<FieldChange> fields,
		List<BlockChange> body) {

	public boolean bodyChanged() {
		return this.body.stream().anyMatch((block) -> block.change() != BlockChange.Change.UNCHANGED);
	}

	public boolean hasChanges() {
		return !this.fields.isEmpty() || bodyChanged();
	}

}
