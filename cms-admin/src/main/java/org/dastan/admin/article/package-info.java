/**
 * The article desk in the admin: the list, the dashboard queues, the editor page and the
 * publishing actions.
 */
package org.dastan.admin.article;
