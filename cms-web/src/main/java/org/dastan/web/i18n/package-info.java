/**
 * The reader's language: English or Russian, from the browser's preference or the switch
 * in the masthead.
 */
package org.dastan.web.i18n;
