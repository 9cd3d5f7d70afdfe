package io.stocktrace.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hand-written comparator: the one recursive query a DBA would write over our schema for a trace, the lots
 * reached through lot_links and their move lines, with locations and partner named, read to the last row: every move
 * line of each lot downstream; upstream, every move line of the traced lot and, of the others, what brought them into
 * it (their consumptions by the orders that made the lots reached, and before the last of these their moves into our
 * locations), as {@code TraceService} answers. It has no depth, no links and no partner totals: a floor for ours.
 */
final class RecursiveSqlTrace {
    /** The lots reached and the operations read. */
    record Answer(Set<Long> lots, int operations) {
    }

    private record Operation(long id, OffsetDateTime date, String reference, String type, String source,
                             String destination, BigDecimal quantity, String partner) {
    }

    private static final String TRACE = """
            WITH RECURSIVE reached (lot_id) AS (
                SELECT CAST(? AS bigint)
                UNION
                SELECT k.%2$s FROM lot_links k JOIN reached r ON k.%1$s = r.lot_id
            )
            SELECT r.lot_id, m.id, m.occurred_at, m.reference, m.operation_type, src.full_name, dst.full_name,
                   m.quantity, pa.name
            FROM (SELECT DISTINCT lot_id FROM reached) r
                 LEFT JOIN move_lines m ON m.lot_id = r.lot_id
                 LEFT JOIN locations src ON src.id = m.source_location_id
                 LEFT JOIN locations dst ON dst.id = m.destination_location_id
                 LEFT JOIN partners pa ON pa.id = m.partner_id
            """;

    private static final String UPSTREAM = """
            WITH RECURSIVE reached (lot_id) AS (
                SELECT CAST(? AS bigint)
                UNION
                SELECT k.consumed_lot_id FROM lot_links k JOIN reached r ON k.produced_lot_id = r.lot_id
            )
            SELECT p.lot_id, m.id, m.occurred_at, m.reference, m.operation_type, src.full_name, dst.full_name,
                   m.quantity, pa.name
            FROM (
                SELECT own.id, own.lot_id FROM move_lines own WHERE own.lot_id = ?
                UNION ALL
                SELECT c.id, c.lot_id FROM move_lines c
                WHERE c.manufacturing_order_id IN
                          (SELECT k.manufacturing_order_id FROM lot_links k JOIN reached r ON k.produced_lot_id = r.lot_id)
                  AND c.lot_id IN (SELECT lot_id FROM reached) AND c.lot_id <> ?
                UNION -- an intermediate lot's production by an order of the trace is in both: once
                SELECT i.id, i.lot_id
                FROM (SELECT c.lot_id, MAX(c.id) AS bound FROM move_lines c
                      WHERE c.manufacturing_order_id IN
                                (SELECT k.manufacturing_order_id FROM lot_links k JOIN reached r ON k.produced_lot_id = r.lot_id)
                        AND c.lot_id IN (SELECT lot_id FROM reached) AND c.lot_id <> ?
                      GROUP BY c.lot_id) b
                     JOIN move_lines i ON i.lot_id = b.lot_id AND i.id < b.bound
                     JOIN locations d ON d.id = i.destination_location_id AND d.usage IN ('internal', 'transit')
                UNION ALL
                SELECT CAST(NULL AS bigint), lot_id FROM reached
            ) p
                 LEFT JOIN move_lines m ON m.id = p.id
                 LEFT JOIN locations src ON src.id = m.source_location_id
                 LEFT JOIN locations dst ON dst.id = m.destination_location_id
                 LEFT JOIN partners pa ON pa.id = m.partner_id
            """;

    private final PreparedStatement downstream;
    private final PreparedStatement upstream;

    RecursiveSqlTrace(Connection connection) throws SQLException {
        downstream = connection.prepareStatement(TRACE.formatted("consumed_lot_id", "produced_lot_id"));
        upstream = connection.prepareStatement(UPSTREAM);
    }

    Answer downstream(long lotId) throws SQLException {
        return run(downstream, lotId);
    }

    Answer upstream(long lotId) throws SQLException {
        return run(upstream, lotId);
    }

    private static Answer run(PreparedStatement query, long lotId) throws SQLException {
        for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
            query.setLong(i, lotId);
        }
        Set<Long> lots = new HashSet<>();
        List<Operation> operations = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                lots.add(rs.getLong(1));
                long id = rs.getLong(2);
                if (!rs.wasNull()) {
                    operations.add(new Operation(id, rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9)));
                }
            }
        }
        return new Answer(lots, operations.size());
    }
}
