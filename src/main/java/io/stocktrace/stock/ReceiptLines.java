package io.stocktrace.stock;

import io.stocktrace.lot.LotList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a receipt from a pasted list of one product: serials in one line per expiration date (a line carries
 * one set of dates), lots one line each with their quantity and date. Nothing of the list is dropped.
 */
final class ReceiptLines {
    private ReceiptLines() {
    }

    static List<TransferRequest.Line> of(long productId, List<LotList.Entry> entries, boolean serial) {
        return of(productId, entries, serial, null);
    }

    /** As above; an entry without a date of its own takes the form's expiration date, if it has one. */
    static List<TransferRequest.Line> of(long productId, List<LotList.Entry> entries, boolean serial,
                                         LocalDate formExpiration) {
        List<TransferRequest.Line> lines = new ArrayList<>();
        if (!serial) {
            entries.forEach(e -> lines.add(new TransferRequest.Line(productId, e.quantity(), e.name(), null,
                    expiration(e, formExpiration), null, null, null)));
            return lines;
        }
        Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
        entries.forEach(e -> byDate.computeIfAbsent(expiration(e, formExpiration), d -> new ArrayList<>()).add(e.name()));
        byDate.forEach((date, names) -> lines.add(new TransferRequest.Line(productId, null, null, names, date, null,
                null, null)));
        return lines;
    }

    private static LocalDate expiration(LotList.Entry entry, LocalDate formExpiration) {
        return entry.expirationDate() != null ? entry.expirationDate() : formExpiration;
    }
}
