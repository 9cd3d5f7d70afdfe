/**
 * CSV import and export of products, lots with their dates, and opening stock: a dry run reports every problem with
 * its line, a real run writes all rows or none. Reading the CSV is plain Java; writing goes through the features'
 * services and the stock ledger.
 */
package io.stocktrace.csv;
