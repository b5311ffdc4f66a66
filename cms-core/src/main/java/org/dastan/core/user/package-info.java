/**
 * People who log in to the admin: their accounts, roles and credentials.
 */
package org.dastan.core.user;
