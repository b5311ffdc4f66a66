/**
 * Who may reach what: the security filter chains for the admin and the public site, and
 * how logins are checked.
 */
package org.dastan.admin.security;
