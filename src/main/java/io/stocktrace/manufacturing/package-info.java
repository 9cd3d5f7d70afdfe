/**
 * Manufacturing orders: components consumed from WH/Stock into production and finished lots or serials produced,
 * in one transaction through the stock ledger, and the genealogy (lot links with quantities) they record.
 */
package io.stocktrace.manufacturing;
