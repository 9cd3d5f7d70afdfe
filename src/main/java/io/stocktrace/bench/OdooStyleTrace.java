package io.stocktrace.bench;

import io.stocktrace.location.Locations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The naive comparator: Odoo's traceability walk ({@code ../shared/research/odoo.md} §3.3-3.4) over our tables, one
 * query per move line per level. It starts from every done move line of the lot. Downstream ("child" lines): a line
 * into production gives the order's finished lines (Odoo's {@code produce_line_ids}, per order, not per lot); any
 * other line gives the same product and lot's lines leaving its destination at the same date or later. Upstream
 * ("parent" lines): a line out of production gives the order's component lines ({@code consume_line_ids}); a line
 * leaving an internal or transit location gives the same product and lot's lines that entered it at the same date or
 * earlier; a line from a vendor, customer or adjustment ends the walk. Lines without a lot are not unfolded. The
 * walk stops at a deadline and then reports the lots found so far as incomplete.
 */
final class OdooStyleTrace {
    /** The lots the walk reached and how many queries it took; {@code complete} is false when the deadline cut it. */
    record Walk(Set<Long> lots, int queries, boolean complete) {
    }

    private record Line(long id, long productId, long lotId, long source, long destination, long orderId,
                        OffsetDateTime date) {
    }

    private static final String COLUMNS = "SELECT id, product_id, lot_id, source_location_id, destination_location_id, "
            + "manufacturing_order_id, occurred_at FROM move_lines WHERE ";

    private final PreparedStatement ofLot;
    private final PreparedStatement finishedOf;
    private final PreparedStatement componentsOf;
    private final PreparedStatement leaving;
    private final PreparedStatement entering;
    private final Map<Long, String> usages = new HashMap<>();

    OdooStyleTrace(Connection connection) throws SQLException {
        ofLot = connection.prepareStatement(COLUMNS + "lot_id = ?");
        finishedOf = connection.prepareStatement(COLUMNS + "manufacturing_order_id = ? AND source_location_id = "
                + Locations.PRODUCTION);
        componentsOf = connection.prepareStatement(COLUMNS + "manufacturing_order_id = ? AND destination_location_id = "
                + Locations.PRODUCTION);
        leaving = connection.prepareStatement(COLUMNS
                + "product_id = ? AND lot_id = ? AND source_location_id = ? AND occurred_at >= ?");
        entering = connection.prepareStatement(COLUMNS
                + "product_id = ? AND lot_id = ? AND destination_location_id = ? AND occurred_at <= ?");
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT id, usage FROM locations")) {
            while (rs.next()) {
                usages.put(rs.getLong(1), rs.getString(2));
            }
        }
    }

    Walk downstream(long lotId, long deadlineNanos) throws SQLException {
        return walk(lotId, true, deadlineNanos);
    }

    Walk upstream(long lotId, long deadlineNanos) throws SQLException {
        return walk(lotId, false, deadlineNanos);
    }

    private Walk walk(long lotId, boolean downstream, long deadlineNanos) throws SQLException {
        Set<Long> lots = new HashSet<>();
        lots.add(lotId);
        ofLot.setLong(1, lotId);
        List<Line> level = read(ofLot);
        int queries = 1;
        Set<Long> seen = new HashSet<>();
        level.forEach(l -> seen.add(l.id()));
        while (!level.isEmpty()) {
            List<Line> next = new ArrayList<>();
            for (Line line : level) {
                if (System.nanoTime() > deadlineNanos) {
                    return new Walk(lots, queries, false);
                }
                PreparedStatement query = downstream ? child(line) : parent(line);
                if (query == null) {
                    continue;
                }
                queries++;
                for (Line found : read(query)) {
                    if (seen.add(found.id())) {
                        next.add(found);
                        if (found.lotId() != 0) {
                            lots.add(found.lotId());
                        }
                    }
                }
            }
            level = next;
        }
        return new Walk(lots, queries, true);
    }

    private PreparedStatement child(Line line) throws SQLException {
        if (line.destination() == Locations.PRODUCTION && line.orderId() != 0) {
            finishedOf.setLong(1, line.orderId());
            return finishedOf;
        }
        return line.lotId() == 0 ? null : sameLot(leaving, line, line.destination());
    }

    private PreparedStatement parent(Line line) throws SQLException {
        if (line.source() == Locations.PRODUCTION && line.orderId() != 0) {
            componentsOf.setLong(1, line.orderId());
            return componentsOf;
        }
        String usage = usages.get(line.source());
        boolean stock = "internal".equals(usage) || "transit".equals(usage);
        return line.lotId() == 0 || !stock ? null : sameLot(entering, line, line.source());
    }

    private static PreparedStatement sameLot(PreparedStatement query, Line line, long location) throws SQLException {
        query.setLong(1, line.productId());
        query.setLong(2, line.lotId());
        query.setLong(3, location);
        query.setObject(4, line.date());
        return query;
    }

    private static List<Line> read(PreparedStatement query) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                lines.add(new Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getObject(7, OffsetDateTime.class)));
            }
        }
        return lines;
    }
}
