/**
 * The input limits policy: how many lines and serials one request may carry, how long a GS1 code and a JSON value
 * may be, how deep a JSON body may nest; one record, one problem code ({@code limit-exceeded}), checked by the
 * services so that the REST API, the web pages and the command line meet the same rule.
 */
package io.stocktrace.limits;
