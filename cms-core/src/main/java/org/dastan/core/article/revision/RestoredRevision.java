package org.dastan.core.article.revision;

import java.util.List;

/**
 * The outcome of a restore.
 *
 * @param revision the new revision the restore saved
 * @param keptCurrent fields left at their current value because the old one is no longer
 * available: a slug another article now uses, a section or image since deleted
 */
public record RestoredRevision(int revision, List<RevisionField> keptCurrent) {

}
