/**
 * The admin's navigation: each admin feature contributes its entry, shown only to the
 * roles that may use it.
 */
package org.dastan.admin.navigation;
