package io.stocktrace.location;

/** The locations every database starts with (V1__ledger.sql), by id. */
public final class Locations {
    public static final long WAREHOUSE = 1;
    public static final long STOCK = 2;
    public static final long VENDORS = 4;
    public static final long CUSTOMERS = 5;
    public static final long PRODUCTION = 7;
    public static final long INVENTORY_ADJUSTMENT = 8;
    public static final long SCRAP = 9;

    private Locations() {
    }
}
