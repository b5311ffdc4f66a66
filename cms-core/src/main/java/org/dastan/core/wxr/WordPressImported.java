package org.dastan.core.wxr;

import java.net.URI;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A WordPress import ended, or stopped: articles, pages, tags, authors and pictures may
 * have come in anywhere on the site.
 *
 * @param site the old site's address
 */
@DomainEvent
public record WordPressImported(URI site) {

}
