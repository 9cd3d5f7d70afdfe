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
        List<TransferRequest.Line> lines = new ArrayList<>();
        if (!serial) {
            entries.forEach(e -> lines.add(new TransferRequest.Line(productId, e.quantity(), e.name(), null,
                    e.expirationDate(), null, null, null)));
            return lines;
        }
        Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
        entries.forEach(e -> byDate.computeIfAbsent(e.expirationDate(), d -> new ArrayList<>()).add(e.name()));
        byDate.forEach((date, names) -> lines.add(new TransferRequest.Line(productId, null, null, names, date, null,
                null, null)));
        return lines;
    }
}
