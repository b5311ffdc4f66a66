/**
 * Serves the site's own static files (stylesheets, scripts, webjars) under URLs that
 * change with their content, and nothing else.
 */
package org.dastan.web.assets;
