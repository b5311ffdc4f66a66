/**
 * Keeping the search index complete: internal to the search module.
 */
package org.dastan.core.search.internal;
