package org.dastan.core.article.revision;

import java.util.List;

/**
 * A field whose value differs between two revisions.
 *
 * @param field which field
 * @param before the older value as shown to editors, empty when there was none
 * @param after the newer value as shown to editors, empty when there is none
 * @param words the values word by word, for fields that hold prose
 */
public record FieldChange(RevisionField field, String before, String after, List<Segment> words) {

}
