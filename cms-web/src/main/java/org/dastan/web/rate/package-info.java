/**
 * The rates page: today's exchange rates of the ticker currencies and a chart of each
 * one's history.
 */
package org.dastan.web.rate;
