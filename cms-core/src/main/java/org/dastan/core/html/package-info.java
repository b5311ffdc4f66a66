/**
 * Sanitizing of editor-supplied HTML against an allow-list, so that stored markup is safe
 * to render, and of text to the characters XML can carry.
 */
package org.dastan.core.html;
