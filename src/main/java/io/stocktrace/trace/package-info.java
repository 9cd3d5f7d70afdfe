/**
 * Traces of a lot's genealogy upstream and downstream through every level, recalls that block a lot and everything
 * made from it and list every customer who received any of it, and a lot's mass balance from the ledger.
 */
package io.stocktrace.trace;
