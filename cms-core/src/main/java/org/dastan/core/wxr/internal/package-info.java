/**
 * What the WordPress import keeps of its own: which Dastan thing each WordPress thing
 * became.
 */
package org.dastan.core.wxr.internal;
