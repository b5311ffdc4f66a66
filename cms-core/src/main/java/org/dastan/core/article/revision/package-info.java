/**
 * Revisions of articles from Hibernate Envers: who saved what and when, a readable
 * difference between any two, and restoring an old one as a new revision.
 */
package org.dastan.core.article.revision;
