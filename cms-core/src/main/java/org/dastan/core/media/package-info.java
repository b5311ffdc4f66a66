/**
 * Pictures: their descriptions, their stored files and the resized variants public pages
 * offer.
 */
package org.dastan.core.media;
