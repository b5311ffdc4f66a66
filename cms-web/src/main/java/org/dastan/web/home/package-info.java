/**
 * The home page: the lead story and the latest articles.
 */
package org.dastan.web.home;
