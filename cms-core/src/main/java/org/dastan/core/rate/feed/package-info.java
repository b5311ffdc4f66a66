/**
 * Parsers that turn the central banks' published exchange-rate documents into rates in US
 * dollars, one parser per format.
 */
package org.dastan.core.rate.feed;
