/**
 * The admin's pages for authors: the list, the form, and deactivating or deleting one.
 */
package org.dastan.admin.author;
