/**
 * Sidebar management in the admin: the widgets in order, their settings, switching them
 * on or off, and a preview through the public sidebar.
 */
package org.dastan.admin.sidebar;
