package io.stocktrace.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reporting ‣ Moves History: done move lines, newest first, a page at a time. A page ends with the cursor of its last
 * line, so the next page starts after it by an index seek however deep the reader has gone.
 */
public record MoveHistory(List<Line> lines, Cursor next) {

    /** One done move line, with the names the page shows; the partner of its operation, if any. */
    public record Line(long id, Instant occurredAt, String reference, String operationType, long productId,
                       String productName, Long lotId, String lotName, String source, String destination,
                       BigDecimal quantity, String actor, String partner) {
    }

    /** Which lines: of a product, of lots with this name, whose reference contains a text, done between two days. */
    public record Filter(Long productId, String lot, String reference, LocalDate from, LocalDate to) {
        public Filter {
            lot = lot == null || lot.isBlank() ? null : lot.strip();
            reference = reference == null || reference.isBlank() ? null : reference.strip();
        }
    }

    /** Where a page stops: the time and id of its last line; the next page holds the lines older than it. */
    public record Cursor(Instant occurredAt, long id) {
        public String wire() {
            return occurredAt.toEpochMilli() + "_" + occurredAt.getNano() % 1_000_000 + "_" + id;
        }

        public static Cursor fromWire(String wire) {
            String[] parts = wire.split("_");
            if (parts.length != 3) {
                throw new IllegalArgumentException("cursor");
            }
            Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0])).plusNanos(Long.parseLong(parts[1]));
            return new Cursor(at, Long.parseLong(parts[2]));
        }
    }
}
