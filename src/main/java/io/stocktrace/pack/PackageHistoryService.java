package io.stocktrace.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A package's history, newest first: what was put in it or taken out (by Put in Pack and Unpack), the transfers that
 * carried it, and its own packing into and out of other packages; and its trace, the lots it carried (with those of the
 * packages inside it), each traced downstream on its own report.
 */
@Service
public class PackageHistoryService {
    static final int MAX_ROWS = 200;

    private final PackageHistoryRepository history;
    private final PackageService packages;

    PackageHistoryService(PackageHistoryRepository history, PackageService packages) {
        this.history = history;
        this.packages = packages;
    }

    /** One row of the history: the operation, what went from where to where, how much (null: the package itself). */
    public record Entry(String reference, String operation, Instant occurredAt, String from, String to,
                        BigDecimal quantity, String actor) {
    }

    /** A lot the package carried. */
    public record CarriedLot(long lotId, String lot, String product) {
    }

    @Transactional(readOnly = true)
    public List<Entry> history(long packageId) {
        StockPackage pack = packages.get(packageId);
        List<Entry> entries = new ArrayList<>();
        for (PackageHistoryRepository.ContentMove m : history.contentMoves(packageId, MAX_ROWS)) {
            boolean into = m.resultPackageId() != null && m.resultPackageId() == packageId;
            boolean outOf = m.packageId() != null && m.packageId() == packageId;
            String from = outOf && !into ? pack.name() + " (" + m.source() + ")" : m.source();
            String to = into && !outOf ? pack.name() + " (" + m.destination() + ")" : m.destination();
            String operation = into && outOf ? "Carried" : into ? "Put in Pack" : "Unpack";
            entries.add(new Entry(m.reference(), operation, m.occurredAt(), from, to, m.quantity(), m.actor()));
        }
        for (PackageHistoryRepository.WholeMove m : history.wholeMoves(packageId, MAX_ROWS)) {
            String from = m.fromParent() != null ? m.fromParent() + " (" + m.source() + ")" : m.source();
            String to = m.parent() != null ? m.parent() + " (" + m.destination() + ")" : m.destination();
            entries.add(new Entry(m.reference(), "Package " + m.operationType(), m.occurredAt(), from, to, null, m.actor()));
        }
        entries.sort(Comparator.comparing(Entry::occurredAt).reversed());
        return entries.size() > MAX_ROWS ? entries.subList(0, MAX_ROWS) : entries;
    }

    /** The lots this package and the packages now inside it carried, at most {@link #MAX_ROWS}. */
    @Transactional(readOnly = true)
    public List<CarriedLot> lots(PackageContent content) {
        List<Long> ids = new ArrayList<>();
        collect(content, ids);
        return history.lots(ids, MAX_ROWS);
    }

    private static void collect(PackageContent content, List<Long> ids) {
        ids.add(content.pack().id());
        content.children().forEach(child -> collect(child, ids));
    }
}
