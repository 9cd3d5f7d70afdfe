package io.stocktrace.pack;

import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The rules of loose stock, applied to what packages hold: a transfer that moves a package whole takes its content,
 * so a quarantined or recalled lot inside is never reserved or moved (a return excepted) and an expired one is never
 * delivered unless the transfer allows it, on the scheduled day in the site's time zone. And a package reserved by a
 * ready transfer (Check Availability) is that transfer's: no other transfer reserves or moves it, and Put in Pack and
 * Unpack leave it, what is around it and what is inside it as they are.
 */
@Component
class PackedStock {
    private final PackageRepository packages;
    private final TransferPackageRepository rows;
    private final LotService lots;

    PackedStock(PackageRepository packages, TransferPackageRepository rows, LotService lots) {
        this.packages = packages;
        this.rows = rows;
        this.lots = lots;
    }

    /**
     * Locks the lots the packages hold, in id order in one statement (as loose lines lock theirs, so that a recall
     * committed meanwhile is seen and a later one waits), and refuses the first one loose stock would not give.
     */
    void checkLots(Transfer transfer, Map<Long, StockPackage> locked, List<PackageRepository.Held> held) {
        Map<Long, Lot> byId = lots.lockForShipping(held.stream().map(PackageRepository.Held::lotId)
                .filter(Objects::nonNull).distinct().toList());
        LocalDate day = lots.dayOf(transfer.scheduledDate());
        for (PackageRepository.Held h : held) {
            Lot lot = h.lotId() == null ? null : byId.get(h.lotId());
            if (lot == null) {
                continue;
            }
            String where = "Package " + locked.get(h.packageId()).name() + " holds " + PackWork.label(h);
            if (lot.status().isBlocked() && transfer.type() != TransferType.RETURN) {
                throw new StocktraceException(ProblemType.LOT_BLOCKED, where + ", which is " + lot.status().adjective()
                        + " and cannot be reserved or shipped.").with("lotId", lot.id()).with("packageId", h.packageId());
            }
            if (!transfer.allowExpired() && transfer.type() == TransferType.DELIVERY && lot.dates().isExpiredOn(day)) {
                throw new StocktraceException(ProblemType.LOT_EXPIRED, where + ", which expired on "
                        + lot.dates().expirationDate() + "; send allowExpired: true to ship it anyway.")
                        .with("lotId", lot.id()).with("packageId", h.packageId());
            }
        }
    }

    /**
     * Refuses when a ready transfer other than {@code transferId} (null: any) named one of these packages ({@code
     * tree}) or a package around one of its {@code roots}: it reserved it.
     */
    void refuseReserved(Collection<Long> tree, Collection<Long> roots, Long transferId) {
        List<TransferPackageRepository.Reservation> taken = rows.reservations(tree, roots);
        for (TransferPackageRepository.Reservation r : taken) {
            if (!r.transferId().equals(transferId)) {
                throw new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Package " + r.packageName()
                        + " is reserved by " + r.reference() + ": unreserve or cancel it first.")
                        .with("packageId", r.packageId()).with("reservedBy", r.reference());
            }
        }
    }

    /** Reserves what the packages hold for the transfer; refused if any of it is reserved already. */
    void reserve(Collection<Long> tree, List<PackageRepository.Held> held) {
        int reserved = rows.reserveContent(tree);
        if (reserved != held.size()) {
            throw new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "What the packages hold was reserved by "
                    + "another operation while they were being reserved; nothing was reserved. Try again.");
        }
    }

    /** Gives back what the transfer's packages hold. */
    void release(long transferId) {
        List<Long> roots = rows.rows(transferId).stream().map(TransferPackageRepository.Row::packageId)
                .filter(Objects::nonNull).toList();
        rows.releaseContent(packages.trees(roots).stream().map(PackageRepository.Node::id).toList());
    }

    /** Every package of the trees by id, as locked. */
    static Map<Long, StockPackage> byId(List<StockPackage> locked) {
        Map<Long, StockPackage> map = new HashMap<>();
        locked.forEach(p -> map.put(p.id(), p));
        return map;
    }
}
