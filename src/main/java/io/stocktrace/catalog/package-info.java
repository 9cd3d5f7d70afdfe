/** Products: SKU, tracking mode (none, lot, serial), unit of measure, GTIN and expiry durations. */
package io.stocktrace.catalog;
