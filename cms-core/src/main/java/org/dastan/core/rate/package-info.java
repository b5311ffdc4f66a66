/**
 * Exchange rates and the currencies the ticker shows, with the change against the
 * previous rate date.
 */
package org.dastan.core.rate;
