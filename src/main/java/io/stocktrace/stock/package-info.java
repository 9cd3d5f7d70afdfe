/**
 * Transfers (receipts, deliveries, internal transfers), the append-only ledger of move lines, the quants derived
 * from it, reservation by removal strategy, and the check that quants still equal the ledger.
 */
package io.stocktrace.stock;
