/**
 * The admin's front page: what a logged-in staff member sees first.
 */
package org.dastan.admin.home;
