/**
 * Articles: their content, status and publication rules, and the read models public pages
 * are built from.
 */
package org.dastan.core.article;
