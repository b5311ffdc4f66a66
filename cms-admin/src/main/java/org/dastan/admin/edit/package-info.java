/**
 * What admin forms share: turning a service's refusal into errors next to the fields, and
 * answering a request for a record that is gone with 404.
 */
package org.dastan.admin.edit;
