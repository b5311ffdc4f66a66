/**
 * The articles' repository and revision entity: internal to the article module.
 */
package org.dastan.core.article.internal;
