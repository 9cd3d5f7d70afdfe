package io.stocktrace.settings;

/** The switches of the Inventory settings page. */
public record Settings(boolean lotsAndSerialNumbers, boolean expirationDates) {
}
