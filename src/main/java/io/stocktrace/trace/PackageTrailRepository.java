package io.stocktrace.trace;

import io.stocktrace.db.Batches;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packages goods travelled in: for a move line's package (the one it went into, else the one it came out of) and
 * transfer, that package's name and then the names of the packages it was inside when that transfer moved it (its
 * case, then its pallet), as the transfer recorded them. Costs two statements for a whole trace, in proportion to
 * the packages found, not to the operations.
 */
final class PackageTrailRepository {
    /** A move line's package and transfer (null when it was no transfer: a pack). */
    record Leg(long packageId, Long transferId) {
    }

    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, Long> parents = new HashMap<>();

    private PackageTrailRepository() {
    }

    static PackageTrailRepository of(JdbcClient jdbc, Collection<Leg> legs) {
        PackageTrailRepository trails = new PackageTrailRepository();
        if (legs.isEmpty()) {
            return trails;
        }
        Set<Long> transfers = new HashSet<>();
        Set<Long> packages = new HashSet<>();
        legs.forEach(l -> {
            packages.add(l.packageId());
            if (l.transferId() != null) {
                transfers.add(l.transferId());
            }
        });
        for (List<Long> slice : Batches.slices(transfers)) {
            jdbc.sql("""
                            SELECT pm.transfer_id, pm.package_id, pm.parent_id
                            FROM UNNEST(:transfers) AS n(transfer_id) JOIN package_moves pm ON pm.transfer_id = n.transfer_id
                            WHERE pm.parent_id IS NOT NULL""")
                    .param("transfers", Batches.bigints(slice))
                    .query((rs, n) -> {
                        packages.add(rs.getLong(3));
                        return trails.parents.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getLong(3));
                    })
                    .list();
        }
        for (List<Long> slice : Batches.slices(packages)) {
            jdbc.sql("SELECT p.id, p.name FROM UNNEST(:packages) AS n(id) JOIN packages p ON p.id = n.id")
                    .param("packages", Batches.bigints(slice))
                    .query((rs, n) -> trails.names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return trails;
    }

    /** The names, innermost first. */
    List<String> of(Leg leg) {
        List<String> trail = new ArrayList<>(2);
        Set<Long> seen = new HashSet<>();
        for (Long p = leg.packageId(); p != null && seen.add(p);
             p = leg.transferId() == null ? null : parents.get(leg.transferId() + ":" + p)) {
            trail.add(names.get(p));
        }
        return trail;
    }
}
