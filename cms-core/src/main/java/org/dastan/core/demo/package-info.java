/**
 * The demo newsroom: invented articles, authors, sections, rates and widgets seeded into
 * an empty database.
 */
package org.dastan.core.demo;
