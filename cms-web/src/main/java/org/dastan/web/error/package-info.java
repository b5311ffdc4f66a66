/**
 * Friendly answers when a page does not exist or something fails: never a stack trace.
 */
package org.dastan.web.error;
