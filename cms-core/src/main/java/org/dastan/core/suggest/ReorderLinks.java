package org.dastan.core.suggest;

import java.util.List;

/**
 * Put an article's picked links in the given order; links the list leaves out keep their
 * relative order after it, and unknown ids are ignored.
 */
public record ReorderLinks(long articleId, List<Long> linkIds) {

}
