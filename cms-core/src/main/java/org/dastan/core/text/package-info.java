/**
 * How text goes into the search index, shared by every indexed entity: the English and
 * Russian analyzers and HTML reduced to its words.
 */
package org.dastan.core.text;
