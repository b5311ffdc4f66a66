/**
 * The order of a node's shutdown: readiness down, a drain delay for load balancers, then
 * the server's graceful shutdown.
 */
package org.dastan.admin.shutdown;
