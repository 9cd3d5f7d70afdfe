package io.stocktrace.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What can be imported and exported, with its columns (api.md): the required ones first. */
public enum CsvKind {
    PRODUCTS(List.of("sku"), List.of("name", "tracking", "uom", "gtin", "expiration_days", "best_before_days",
            "removal_days", "alert_days")),
    LOTS(List.of("product_sku", "lot"), List.of("ref", "expiration_date", "best_before_date", "removal_date",
            "alert_date", "note")),
    STOCK(List.of("product_sku", "location", "quantity"), List.of("lot"));

    private final List<String> required;
    private final List<String> optional;

    CsvKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** Every column in the order exports write them. */
    public List<String> columns() {
        return switch (this) {
            case PRODUCTS, LOTS -> concat(required, optional);
            case STOCK -> List.of("product_sku", "location", "lot", "quantity");
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CsvKind> fromWire(String value) {
        for (CsvKind k : values()) {
            if (k.wire().equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public CsvTable.Read read(byte[] body) {
        return CsvTable.read(body, required, optional);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
