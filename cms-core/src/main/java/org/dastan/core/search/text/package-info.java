/**
 * How article text goes into the search index: the English and Russian analyzers and HTML
 * reduced to its words.
 */
package org.dastan.core.search.text;
