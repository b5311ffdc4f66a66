/**
 * The change log's machinery: which events change content and which keys they touch, the
 * one row per transaction, and the caches it drops from. Internal to the change module.
 */
package org.dastan.core.change.internal;
