/**
 * Corrections of the stock that are not transfers: scrap (stock out to Virtual Locations/Scrap, with a reason) and
 * inventory adjustments (counted quantities, the differences booked against Virtual Locations/Inventory adjustment).
 * Both write the ledger through {@link io.stocktrace.stock.StockLedger}.
 */
package io.stocktrace.inventory;
