/**
 * Tests of the public site running as the whole application, as readers, their apps and
 * search engines fetch it: real database, real security, MockMvc requests.
 */
package org.dastan.site;
