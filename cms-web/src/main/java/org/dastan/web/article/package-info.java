/**
 * The article page: the story with its tags, author box, Suggested Articles and sidebar.
 */
package org.dastan.web.article;
