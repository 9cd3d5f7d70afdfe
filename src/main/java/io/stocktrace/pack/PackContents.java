package io.stocktrace.pack;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The stock of a bulk Put in Pack, read once for the whole request: each step's lines checked against the quants of
 * their lots where its package is, as the steps before it left them. A serial must be there loose, unreserved and not
 * packed by an earlier step; a lot's loose quantity, less what is reserved and what earlier steps took, must cover the
 * line. The ledger's writes guard the same again under concurrent requests.
 */
@Component
class PackContents {
    /** The key of a serial's quant in any package (a serial has one quant). */
    private static final long PACKED = -1;

    private final PackageRepository packages;
    private final TransferPackageRepository rows;

    PackContents(PackageRepository packages, TransferPackageRepository rows) {
        this.packages = packages;
        this.rows = rows;
    }

    List<TransferPackageRepository.Reservation> reservations(Collection<Long> tree, Collection<Long> roots) {
        return rows.reservations(tree, roots);
    }

    /** Checks the steps' lines (null steps failed already) and fills each step's incoming dates. */
    void check(List<PackPlan.Step> steps, Map<Long, String> locationNames, Map<Long, String> packageNames,
               PackProblems problems) {
        List<Long> lotIds = steps.stream().filter(Objects::nonNull).flatMap(s -> s.lines().stream())
                .map(PackLines.Resolved::lotId).filter(Objects::nonNull).distinct().toList();
        Map<String, PackageRepository.Held> quants = new HashMap<>();
        for (PackageRepository.Held h : packages.quantsOfLots(lotIds)) {
            quants.put(where(h.lotId(), h.locationId(), h.packageId()), h);
            if (h.packageId() != null && h.product().isSerial()) {
                quants.put(where(h.lotId(), h.locationId(), PACKED), h);
            }
        }
        Map<String, BigDecimal> taken = new HashMap<>();
        Map<Long, Long> packedBy = new HashMap<>();
        for (PackPlan.Step s : steps) {
            if (s == null) {
                continue;
            }
            for (PackLines.Resolved l : s.lines()) {
                try {
                    check(s, l, quants, taken, packedBy, locationNames, packageNames);
                } catch (StocktraceException e) {
                    problems.add(s.step().at(), e);
                }
            }
        }
    }

    private void check(PackPlan.Step s, PackLines.Resolved l, Map<String, PackageRepository.Held> quants,
                       Map<String, BigDecimal> taken, Map<Long, Long> packedBy, Map<Long, String> locationNames,
                       Map<Long, String> packageNames) {
        PackageRepository.Held loose = l.lotId() == null
                ? packages.looseUntracked(l.product().id(), s.locationId()).orElse(null)
                : quants.get(where(l.lotId(), s.locationId(), null));
        if (l.serial()) {
            Long packed = packedBy.get(l.lotId());
            PackageRepository.Held inPackage = quants.get(where(l.lotId(), s.locationId(), PACKED));
            if (packed == null && inPackage != null) {
                packed = inPackage.packageId();
            }
            if (packed != null) {
                String where = packed == s.target() ? "already in package " + packageNames.get(s.target())
                        : "in another package: unpack it first";
                throw StocktraceException.atField(ProblemType.ALREADY_PACKED, l.field(), l.label() + " is " + where
                        + "; a serial is in one package at most.").with("packageId", packed);
            }
            packedBy.put(l.lotId(), s.target());
        }
        BigDecimal free = loose == null ? BigDecimal.ZERO : loose.quantity().subtract(loose.reserved());
        BigDecimal asked = taken.merge(l.product().id() + ":" + l.lotId() + "@" + s.locationId(), l.quantity(),
                BigDecimal::add);
        if (asked.compareTo(free) > 0) {
            throw StocktraceException.atField(ProblemType.INSUFFICIENT_STOCK, l.field(), "Not enough " + l.label()
                    + " in " + locationNames.get(s.locationId()) + " to move " + Quantities.plain(l.quantity()) + ": "
                    + (l.serial() ? "it is not there, or it is reserved for another operation."
                    : "only " + Quantities.plain(free.max(BigDecimal.ZERO)) + " there loose and unreserved."))
                    .with("productId", l.product().id()).with("locationId", s.locationId());
        }
        if (loose != null) {
            s.inDates().put(l.product().id() + ":" + (l.lotId() == null ? 0 : l.lotId()), loose.inDate());
        }
    }

    private static String where(long lotId, long locationId, Long packageId) {
        return lotId + "@" + locationId + "/" + packageId;
    }
}
