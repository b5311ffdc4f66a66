/**
 * Static pages (About, Contact, ...) at their own one-segment addresses.
 */
package org.dastan.web.page;
