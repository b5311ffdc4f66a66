/**
 * What the public site lets everyone do, and the hardening headers every response
 * carries, pages, errors, static files and the admin's alike.
 */
package org.dastan.web.security;
