/**
 * Browser tests: real Chromium driven through the journeys of readers and staff, against
 * the running application.
 */
package org.dastan.admin.journey;
