package io.stocktrace.epcis;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.epcis.LedgerFacts.MoveFact;
import io.stocktrace.epcis.LedgerFacts.PackageMoveFact;
import io.stocktrace.epcis.LedgerFacts.Packaging;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The packages that lots travelled in, with the packages those were in, and what happened to each as a whole. */
class PackagingRepository {
    /** Deeper nesting than this is read no further: a pallet of cases of boxes of bags is four. */
    private static final int MAX_DEPTH = 32;

    private final JdbcClient jdbc;

    PackagingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The packages of these move lines and every package they were ever put in, each level one query. */
    Packaging of(List<MoveFact> moves) {
        Set<Long> packages = moves.stream().flatMap(m -> Stream.of(m.packageId(), m.resultPackageId()))
                .filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        if (packages.isEmpty()) {
            return Packaging.NONE;
        }
        List<PackageMoveFact> facts = movesOf(packages);
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Set<Long> parents = facts.stream().flatMap(f -> Stream.of(f.parentId(), f.fromParentId()))
                    .filter(Objects::nonNull).filter(id -> !packages.contains(id)).collect(Collectors.toSet());
            if (parents.isEmpty()) {
                break;
            }
            packages.addAll(parents);
            facts = Stream.concat(facts.stream(), movesOf(parents).stream()).toList();
        }
        return new Packaging(names(packages), facts.stream().sorted(java.util.Comparator.comparingLong(PackageMoveFact::id)).toList());
    }

    /** Lots that were ever in a package of these names, or in a package that was ever put in one, to any depth. */
    List<Long> lotsPackedIn(Collection<String> packageNames) {
        Set<Long> packages = new HashSet<>(jdbc.sql("SELECT p.id FROM UNNEST(:names) AS n(name) JOIN packages p ON p.name = n.name")
                .param("names", Batches.texts(packageNames)).query(Long.class).list());
        Set<Long> level = Set.copyOf(packages);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Long> children = jdbc.sql("""
                            SELECT DISTINCT pm.package_id
                            FROM UNNEST(:packages) AS n(package_id)
                                 JOIN package_moves pm ON pm.parent_id = n.package_id OR pm.from_parent_id = n.package_id
                            """)
                    .param("packages", Batches.bigints(level)).query(Long.class).list();
            level = children.stream().filter(packages::add).collect(Collectors.toSet());
        }
        if (packages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT m.lot_id
                        FROM UNNEST(:packages) AS n(package_id)
                             JOIN move_lines m ON m.package_id = n.package_id OR m.result_package_id = n.package_id
                        WHERE m.lot_id IS NOT NULL
                        ORDER BY m.lot_id
                        """)
                .param("packages", Batches.bigints(packages))
                .query(Long.class).list();
    }

    private List<PackageMoveFact> movesOf(Collection<Long> packageIds) {
        return jdbc.sql("""
                        SELECT pm.id, pm.package_id, pm.reference, pm.from_parent_id, pm.parent_id, pm.source_location_id,
                               pm.destination_location_id, pm.transfer_id, pm.occurred_at
                        FROM UNNEST(:packages) AS n(package_id)
                             JOIN package_moves pm ON pm.package_id = n.package_id
                        ORDER BY pm.id
                        """)
                .param("packages", Batches.bigints(packageIds))
                .query((rs, n) -> new PackageMoveFact(rs.getLong("id"), rs.getLong("package_id"), rs.getString("reference"),
                        Rows.nullableLong(rs, "from_parent_id"), Rows.nullableLong(rs, "parent_id"),
                        rs.getLong("source_location_id"), rs.getLong("destination_location_id"),
                        Rows.nullableLong(rs, "transfer_id"), Rows.instant(rs, "occurred_at")))
                .list();
    }

    private Map<Long, String> names(Collection<Long> packageIds) {
        return jdbc.sql("""
                        SELECT p.id, p.name
                        FROM UNNEST(:packages) AS n(package_id)
                             JOIN packages p ON p.id = n.package_id
                        ORDER BY p.id
                        """)
                .param("packages", Batches.bigints(packageIds))
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
