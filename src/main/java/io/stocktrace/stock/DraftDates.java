package io.stocktrace.stock;

import io.stocktrace.lot.LotDates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dates a draft's lines carry that the transfer form does not show (best before, removal, alert: given through the
 * API), kept when the draft is saved from the form: a line of the same product and lot or serial, with the same
 * expiration date, keeps them; a line whose expiration date was changed on the form has them derived again.
 */
final class DraftDates {
    private DraftDates() {
    }

    static TransferRequest keptFrom(Transfer draft, TransferRequest edited) {
        Map<String, LotDates> byLot = new HashMap<>();
        for (TransferLine line : draft.lines()) {
            if (line.lotName() != null && line.dates() != null) {
                byLot.putIfAbsent(line.productId() + "\n" + line.lotName(), line.dates());
            }
        }
        if (byLot.isEmpty() || edited.lines() == null) {
            return edited;
        }
        List<TransferRequest.Line> lines = edited.lines().stream().map(l -> kept(l, byLot)).toList();
        return new TransferRequest(edited.type(), edited.partnerId(), edited.sourceLocationId(),
                edited.destinationLocationId(), edited.scheduledDate(), edited.origin(), edited.allowExpired(), lines);
    }

    private static TransferRequest.Line kept(TransferRequest.Line line, Map<String, LotDates> byLot) {
        if (line == null || line.productId() == null || line.bestBeforeDate() != null || line.removalDate() != null
                || line.alertDate() != null) {
            return line;
        }
        String name = line.lot() != null ? line.lot()
                : line.serials() != null && !line.serials().isEmpty() ? line.serials().get(0) : null;
        LotDates dates = name == null ? null : byLot.get(line.productId() + "\n" + name);
        if (dates == null || !Objects.equals(dates.expirationDate(), line.expirationDate())) {
            return line;
        }
        return new TransferRequest.Line(line.productId(), line.quantity(), line.lot(), line.serials(),
                line.expirationDate(), dates.bestBeforeDate(), dates.removalDate(), dates.alertDate());
    }
}
