/**
 * The rates' own tables: currencies, rates and which of a date's rates wins. Internal to
 * the rate module; other features go through the module's API.
 */
package org.dastan.core.rate.internal;
