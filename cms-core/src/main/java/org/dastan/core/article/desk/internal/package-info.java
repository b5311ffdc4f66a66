/**
 * The desk's own tables, autosaves and staff notes: internal to the article module.
 */
package org.dastan.core.article.desk.internal;
