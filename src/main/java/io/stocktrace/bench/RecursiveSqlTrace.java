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
 * reached through lot_links and every move line of each, with its locations and partner named, read to the last
 * row. It has no depth, no links and no partner totals: a floor for what {@code TraceService} answers.
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

    private final PreparedStatement downstream;
    private final PreparedStatement upstream;

    RecursiveSqlTrace(Connection connection) throws SQLException {
        downstream = connection.prepareStatement(TRACE.formatted("consumed_lot_id", "produced_lot_id"));
        upstream = connection.prepareStatement(TRACE.formatted("produced_lot_id", "consumed_lot_id"));
    }

    Answer downstream(long lotId) throws SQLException {
        return run(downstream, lotId);
    }

    Answer upstream(long lotId) throws SQLException {
        return run(upstream, lotId);
    }

    private static Answer run(PreparedStatement query, long lotId) throws SQLException {
        query.setLong(1, lotId);
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
