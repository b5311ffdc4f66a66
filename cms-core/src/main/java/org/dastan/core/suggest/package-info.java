/**
 * Suggested Articles: the links editors pick for an article, and the related articles
 * that fill up the block.
 */
package org.dastan.core.suggest;
