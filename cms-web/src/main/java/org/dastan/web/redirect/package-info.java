/**
 * Old addresses answered with their redirects: any path no page answers, and the home
 * page asked with a WordPress query.
 */
package org.dastan.web.redirect;
