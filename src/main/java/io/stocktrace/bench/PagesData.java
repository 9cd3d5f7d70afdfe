package io.stocktrace.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of {@code bench pages}, written straight into the tables with one INSERT ... SELECT per table (a million
 * lots through the API would take hours and measure the API, not the pages). 100 products, half by lot and half by
 * serial; lot i belongs to product i mod 100 and is named L plus seven digits; every lot was received (WH/Stock),
 * odd lots were delivered (Partners/Customers), even lots are on hand; one lot in a thousand is quarantined and one
 * recalled; expiration dates spread over a year before and after today, alert dates 30 days before them. Then the statistics are gathered.
 */
final class PagesData {
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    PagesData(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    void load(int lots) {
        jdbc.update("""
                INSERT INTO products (sku, name, tracking, uom, food_traceability_list, created_at)
                SELECT 'BENCH-' || LPAD(CAST(x AS varchar(3)), 3, '0'), 'Bench product ' || LPAD(CAST(x AS varchar(3)), 3, '0'),
                       CASE WHEN x <= 50 THEN 'lot' ELSE 'serial' END, 'Units', FALSE, CURRENT_TIMESTAMP
                FROM %s
                """.formatted(series(100)));
        jdbc.update("""
                INSERT INTO lots (product_id, name, status, expiration_date, alert_date, created_at)
                SELECT (SELECT MIN(id) FROM products) + MOD(x, 100), 'L' || LPAD(CAST(x AS varchar(7)), 7, '0'),
                       CASE MOD(x, 1000) WHEN 0 THEN 'quarantine' WHEN 1 THEN 'recalled' ELSE 'available' END,
                       %s, %s, CURRENT_TIMESTAMP
                FROM %s
                """.formatted(daysFromToday("MOD(x, 730) - 365"), daysFromToday("MOD(x, 730) - 395"), series(lots)));
        String quantity = "CASE WHEN p.tracking = 'lot' THEN 10 ELSE 1 END";
        jdbc.update("""
                INSERT INTO move_lines (product_id, lot_id, quantity, source_location_id, destination_location_id,
                                        reference, operation_type, occurred_at, recorded_at, actor)
                SELECT l.product_id, l.id, %1$s, 4, 2, 'BENCH/IN/' || CAST(l.id AS varchar(10)), 'receipt', %2$s, %2$s, 'bench'
                FROM lots l JOIN products p ON p.id = l.product_id
                """.formatted(quantity, secondsAgo("2 * l.id")));
        jdbc.update("""
                INSERT INTO move_lines (product_id, lot_id, quantity, source_location_id, destination_location_id,
                                        reference, operation_type, occurred_at, recorded_at, actor)
                SELECT l.product_id, l.id, %1$s, 2, 5, 'BENCH/OUT/' || CAST(l.id AS varchar(10)), 'delivery', %2$s, %2$s, 'bench'
                FROM lots l JOIN products p ON p.id = l.product_id
                WHERE MOD(l.id, 2) = 1
                """.formatted(quantity, secondsAgo("2 * l.id - 1")));
        jdbc.update("""
                INSERT INTO quants (product_id, location_id, lot_id, lot_key, quantity, reserved_quantity, in_date, serial_lot_id)
                SELECT l.product_id, 2, l.id, l.id, %s, 0, CURRENT_TIMESTAMP,
                       CASE WHEN p.tracking = 'serial' THEN l.id END
                FROM lots l JOIN products p ON p.id = l.product_id
                WHERE MOD(l.id, 2) = 0
                """.formatted(quantity));
        jdbc.execute("ANALYZE");
    }

    /** The numbers 1 to n, as a table with one column x (H2 has generate_series too). */
    private static String series(int n) {
        return "generate_series(1, " + n + ") AS s(x)";
    }

    private String daysFromToday(String days) {
        return postgres ? "CURRENT_DATE + CAST(" + days + " AS integer)" : "DATEADD(DAY, " + days + ", CURRENT_DATE)";
    }

    private String secondsAgo(String seconds) {
        return postgres ? "CURRENT_TIMESTAMP - (" + seconds + ") * INTERVAL '1 second'"
                : "DATEADD(SECOND, -(" + seconds + "), CURRENT_TIMESTAMP)";
    }
}
