/**
 * The admin's static pages (About, Contact, ...): writing them with the article body
 * editor, previewing, publishing, their revisions and the footer menu's order, for
 * editors and admins.
 */
package org.dastan.admin.page;
