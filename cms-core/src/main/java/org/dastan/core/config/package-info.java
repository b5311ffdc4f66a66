/**
 * Beans the whole domain shares: the clock and the newsroom's settings.
 */
package org.dastan.core.config;
