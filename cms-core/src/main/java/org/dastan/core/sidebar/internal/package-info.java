/**
 * The sidebar's own table: the widgets with their settings, places and order. Internal to
 * the sidebar module; other features go through the module's API.
 */
package org.dastan.core.sidebar.internal;
