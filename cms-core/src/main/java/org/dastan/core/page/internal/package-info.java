/**
 * The pages' tables (pages and their revisions) and repositories. Internal to the page
 * module; other features go through the module's API.
 */
package org.dastan.core.page.internal;
