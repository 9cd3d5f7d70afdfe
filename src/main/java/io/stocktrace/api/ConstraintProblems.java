package io.stocktrace.api;

import io.stocktrace.problem.ProblemType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The database's named constraints, the last guard of each rule, mapped back to the problem they stand for. */
final class ConstraintProblems {
    record Mapped(ProblemType type, String detail) {
    }

    private static final Map<String, Mapped> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("uq_lots_product_name", new Mapped(ProblemType.DUPLICATE_LOT_NAME,
                    "A lot with this name already exists for this product.")),
            Map.entry("uq_quants_serial_on_hand_once", new Mapped(ProblemType.SERIAL_ALREADY_IN_STOCK,
                    "A serial number in this operation is already on hand elsewhere; a serial is in one place only.")),
            Map.entry("ck_quants_serial_at_most_one", new Mapped(ProblemType.SERIAL_ALREADY_IN_STOCK,
                    "A serial number in this operation is already on hand; a serial counts 1.")),
            Map.entry("ck_quants_non_negative", new Mapped(ProblemType.INSUFFICIENT_STOCK,
                    "Not enough stock: this operation would take a location below zero.")),
            Map.entry("ck_quants_reserved_within_quantity", new Mapped(ProblemType.INSUFFICIENT_STOCK,
                    "Not enough unreserved stock for this operation.")),
            Map.entry("uq_products_sku", new Mapped(ProblemType.CONFLICT, "A product with this SKU already exists.")),
            Map.entry("uq_products_gtin", new Mapped(ProblemType.CONFLICT, "A product with this GTIN already exists.")),
            Map.entry("uq_app_users_username", new Mapped(ProblemType.CONFLICT, "A user with this name already exists.")),
            Map.entry("uq_locations_full_name", new Mapped(ProblemType.CONFLICT,
                    "A location with this name already exists under this parent.")),
            Map.entry("trg_move_lines_append_only", new Mapped(ProblemType.CONFLICT,
                    "Done move lines cannot be changed; record a correction instead.")),
            // packages (issue 19)
            Map.entry("uq_packages_name", new Mapped(ProblemType.DUPLICATE_PACKAGE_NAME,
                    "A package with this name or SSCC already exists.")),
            Map.entry("fk_quants_package_here", new Mapped(ProblemType.CONFLICT,
                    "A package's content is where the package is: this operation would leave it elsewhere.")));

    private ConstraintProblems() {
    }

    static Optional<Mapped> find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (var entry : BY_CONSTRAINT.entrySet()) {
                if (message.contains(entry.getKey())) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
