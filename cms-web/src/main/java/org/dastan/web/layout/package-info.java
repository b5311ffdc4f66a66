/**
 * What every public page shares: the ticker, the masthead with its date and navigation,
 * and date formatting.
 */
package org.dastan.web.layout;
