package io.stocktrace.trace;

import io.stocktrace.db.Batches;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Walks the genealogy (lot_links) from a set of lots, one recursive query per direction. Each step is an index range
 * scan on ix_lot_links_consumed (downstream) or ix_lot_links_produced (upstream), so the cost follows the size of the
 * answer, not of the database. UNION drops rows already found and the depth bound stops any cycle that the service
 * rules (invariant 10) would not have prevented; a lot reached by several paths counts at its smallest depth.
 */
@Repository
public class LotGraph {
    /** Deeper than any bill of materials; a bound, so that even a corrupt cyclic genealogy ends. */
    public static final int MAX_DEPTH = 100;

    private static final String WALK = """
            WITH RECURSIVE reached (lot_id, depth) AS (
                SELECT CAST(n.lot_id AS bigint), 0 FROM UNNEST(:lots) AS n(lot_id)
                UNION
                SELECT k.%2$s, r.depth + 1
                FROM reached r JOIN lot_links k ON k.%1$s = r.lot_id
                WHERE r.depth < :maxDepth
            )
            SELECT lot_id, MIN(depth) AS depth FROM reached GROUP BY lot_id ORDER BY 2, 1
            """;

    private final JdbcClient jdbc;

    LotGraph(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lots and every lot made from them, at any level: lot id → smallest depth (0 for the lots given). */
    public Map<Long, Integer> downstream(Collection<Long> lotIds) {
        return walk(WALK.formatted("consumed_lot_id", "produced_lot_id"), lotIds);
    }

    /** The lots and every lot they were made from, at any level: lot id → smallest depth. */
    public Map<Long, Integer> upstream(Collection<Long> lotIds) {
        return walk(WALK.formatted("produced_lot_id", "consumed_lot_id"), lotIds);
    }

    private Map<Long, Integer> walk(String sql, Collection<Long> lotIds) {
        Map<Long, Integer> depths = new LinkedHashMap<>();
        if (lotIds.isEmpty()) {
            return depths;
        }
        jdbc.sql(sql)
                .param("lots", Batches.bigints(lotIds))
                .param("maxDepth", MAX_DEPTH)
                .query((rs, n) -> depths.put(rs.getLong("lot_id"), rs.getInt("depth")))
                .list();
        return depths;
    }
}
