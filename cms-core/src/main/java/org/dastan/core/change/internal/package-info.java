/**
 * The content version's machinery: which events change content, the one bump per
 * transaction, and the caches it empties. Internal to the change module.
 */
package org.dastan.core.change.internal;
