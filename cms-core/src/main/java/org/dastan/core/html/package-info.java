/**
 * Sanitizing of editor-supplied HTML against an allow-list, so that stored markup is safe
 * to render.
 */
package org.dastan.core.html;
