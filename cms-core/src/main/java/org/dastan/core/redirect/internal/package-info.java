/**
 * The redirects table, the map of it each node keeps, the hit counter and the listeners
 * that turn slug changes into redirects. Internal to the redirect module.
 */
package org.dastan.core.redirect.internal;
