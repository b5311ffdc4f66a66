/**
 * The newsroom's domain: content, people, rates and the rules that keep them valid.
 */
package org.dastan.core;
