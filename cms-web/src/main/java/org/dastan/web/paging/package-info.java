/**
 * Page numbers of listings, read the same way by the public site and the admin. A leaf
 * package: the layout, the listings and the admin's lists all use it, and it uses none of
 * them.
 */
package org.dastan.web.paging;
