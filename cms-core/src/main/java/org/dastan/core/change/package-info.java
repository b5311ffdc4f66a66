/**
 * Knowing when content changed: a version number bumped with every content change and
 * polled by each node, so caches on every node follow edits made on any of them.
 */
package org.dastan.core.change;
