/**
 * An article's revisions in the admin: the history of saves, the comparison of any two,
 * and restoring an old one (editors only).
 */
package org.dastan.admin.revision;
