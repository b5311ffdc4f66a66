/**
 * The picked links' own table: which article links to which article or address, in what
 * order. Internal to the suggest module; other features go through the module's API.
 */
package org.dastan.core.suggest.internal;
