/**
 * Tests of the public site running as the whole application: real database, real
 * security, MockMvc requests.
 */
package org.dastan.site;
