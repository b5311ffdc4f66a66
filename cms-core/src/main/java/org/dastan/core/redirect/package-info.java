/**
 * Redirects: old addresses (legacy links, given-up slugs) and where they lead now, looked
 * up only when no page answers, with their hits. An application module: this package is
 * its API (the admin's {@link org.dastan.core.redirect.Redirects}, the site's
 * {@link org.dastan.core.redirect.RedirectLookup}, records and events); its sub-packages
 * are its own.
 */
@ApplicationModule(id = "redirect", displayName = "Redirects")
package org.dastan.core.redirect;

import org.springframework.modulith.ApplicationModule;
