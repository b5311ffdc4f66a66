/**
 * The public site readers see, rendered on the server with Thymeleaf.
 */
package org.dastan.web;
