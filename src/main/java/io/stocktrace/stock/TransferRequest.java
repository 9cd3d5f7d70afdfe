package io.stocktrace.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A transfer as a client asks for it; every field is checked by {@link TransferDrafts}, the packages by
 * {@link WholePackages}.
 */
public record TransferRequest(String type, Long partnerId, Long sourceLocationId, Long destinationLocationId,
                              Instant scheduledDate, String origin, Boolean allowExpired, List<Line> lines,
                              List<PackageEntry> packages) {

    public TransferRequest(String type, Long partnerId, Long sourceLocationId, Long destinationLocationId,
                           Instant scheduledDate, String origin, Boolean allowExpired, List<Line> lines) {
        this(type, partnerId, sourceLocationId, destinationLocationId, scheduledDate, origin, allowExpired, lines, null);
    }

    /** A product and quantity, with a lot name, or a list of serials (each counting 1). */
    public record Line(Long productId, BigDecimal quantity, String lot, List<String> serials, LocalDate expirationDate,
                       LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate) {
    }

    /**
     * A package the transfer moves whole (a delivery, internal transfer or return: its name or SSCC alone), or one a
     * receipt brings: its name or SSCC, its type, the package it arrives in (another of the receipt's) and its lines.
     */
    public record PackageEntry(String name, String type, String parent, List<Line> lines) {
    }

    public boolean hasPackages() {
        return packages != null && !packages.isEmpty();
    }

    /**
     * The request with the lines of its packages after its own lines: line {@code lines.size() + k} is the k-th
     * line of the packages, in their order. The packages keep their lines, to tell which line is in which.
     */
    public TransferRequest flattened() {
        if (!hasPackages()) {
            return this;
        }
        List<Line> all = new ArrayList<>(lines == null ? List.of() : lines);
        for (PackageEntry p : packages) {
            if (p != null && p.lines() != null) {
                all.addAll(p.lines());
            }
        }
        return new TransferRequest(type, partnerId, sourceLocationId, destinationLocationId, scheduledDate, origin,
                allowExpired, all, packages);
    }

    /**
     * For each line of {@link #flattened()}, the name of the package it is in (null for the transfer's own lines);
     * asked of the request as given, not of its flattened form.
     */
    public List<String> packageOfLines() {
        List<String> of = new ArrayList<>();
        (lines == null ? List.<Line>of() : lines).forEach(l -> of.add(null));
        if (hasPackages()) {
            for (PackageEntry p : packages) {
                if (p != null && p.lines() != null) {
                    p.lines().forEach(l -> of.add(p.name() == null ? null : p.name().strip()));
                }
            }
        }
        return of;
    }
}
