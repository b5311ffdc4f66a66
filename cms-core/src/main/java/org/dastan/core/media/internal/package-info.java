/**
 * The media library's machinery: its table, the decoder that checks and re-reads uploads,
 * and the memory budget decoding keeps to. Internal to the media module; other features
 * go through the module's API.
 */
package org.dastan.core.media.internal;
