/**
 * Pages: static pages that are not articles (About, Contact, Advertise, Privacy policy),
 * each at its own address, with revisions and the footer menu editors order; never in
 * feeds or listings. An application module: this package is its API ({@link Pages} for
 * the staff and importers, {@link PublishedPages} for the public site, records and the
 * {@link PageChanged} event); its sub-packages are its own.
 */
@ApplicationModule(id = "page", displayName = "Pages")
package org.dastan.core.page;

import org.springframework.modulith.ApplicationModule;
