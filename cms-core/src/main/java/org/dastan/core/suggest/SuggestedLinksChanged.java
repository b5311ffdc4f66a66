package org.dastan.core.suggest;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A link was added to an article's picks, removed, or the picks were reordered: the
 * article's Suggested Articles changed.
 */
@DomainEvent
public record SuggestedLinksChanged(long articleId) {

}
