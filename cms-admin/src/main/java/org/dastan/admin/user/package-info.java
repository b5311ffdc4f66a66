/**
 * Staff accounts as the admin manages them, starting with the first admin of a new
 * installation.
 */
package org.dastan.admin.user;
