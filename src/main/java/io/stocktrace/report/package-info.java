/**
 * Reports drawn from the ledger for others: the FDA FSMA 204 electronic sortable spreadsheet of the critical
 * tracking events (receiving, shipping, transformation) of foods on the Food Traceability List.
 */
package io.stocktrace.report;
