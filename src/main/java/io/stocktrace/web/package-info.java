/**
 * What the web pages share: the layout's model (who is logged in, which menus show), breadcrumbs, the login and
 * overview pages, and the error pages. Each feature's pages live in its own package ({@code lot.LotPages}) and call
 * the same services as the REST API.
 */
package io.stocktrace.web;
