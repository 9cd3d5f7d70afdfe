/**
 * The errors Stocktrace reports: the table of problem types and the exception that carries one.
 * Plain Java, used by every feature; the web adapters render it as RFC 9457 problem+json.
 */
package io.stocktrace.problem;
