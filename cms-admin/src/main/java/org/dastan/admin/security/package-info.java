/**
 * Who may reach the admin: its security filter chain and how staff logins are checked.
 * The public site's chain and the headers both send live in cms-web.
 */
package org.dastan.admin.security;
