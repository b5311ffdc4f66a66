/**
 * Revisions of articles from Hibernate Envers: who saved what and when, a readable
 * difference between any two, and restoring an old one as a new revision. A named
 * interface of the article module, for the admin.
 */
@NamedInterface("revision")
package org.dastan.core.article.revision;

import org.springframework.modulith.NamedInterface;
