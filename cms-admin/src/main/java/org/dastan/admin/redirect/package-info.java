/**
 * The admin's redirects page: old addresses and where they lead, edited one by one or
 * imported and exported as CSV, for admins.
 */
package org.dastan.admin.redirect;
