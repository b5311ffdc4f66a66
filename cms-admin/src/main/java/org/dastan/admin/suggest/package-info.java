/**
 * The admin's Suggested Articles panel: the links an editor picks for an article, and
 * finding articles by their title.
 */
package org.dastan.admin.suggest;
