package io.stocktrace.trace;

import io.stocktrace.db.Batches;
import io.stocktrace.lot.LotStatusSql;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock of a trace's lots and the partner totals of a few lots (the traced lot's suppliers or customers). */
@Repository
class TraceStockRepository {
    /** What is on hand in our stock of a trace's lots, and of that what is blocked (quarantined or recalled). */
    record Stock(BigDecimal onHand, long lotsOnHand, BigDecimal blocked, long blockedLots) {
    }

    private final JdbcClient jdbc;

    TraceStockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per partner, what these lots' move lines (up to the bound) took to customers (or brought from suppliers) and what
     * came back the other way, as {@link TraceService#totals} sums a whole trace's operations. The locations of that
     * usage are compared by id, so a hot lot's 10,000 move lines are summed from ix_move_lines_lot alone (V40 holds
     * their places, partner and quantity) instead of joining the locations for each.
     */
    List<Trace.PartnerQuantity> partners(Collection<Long> lotIds, boolean suppliers, long moveBound) {
        List<Long> places = jdbc.sql("SELECT id FROM locations WHERE usage = :usage")
                .param("usage", suppliers ? "supplier" : "customer").query(Long.class).list();
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            jdbc.sql("""
                            SELECT m.partner_id,
                                   SUM(CASE WHEN m.%1$s = ANY(:places) THEN m.quantity ELSE 0 END) AS forward,
                                   SUM(CASE WHEN m.%2$s = ANY(:places) THEN m.quantity ELSE 0 END) AS back
                            FROM UNNEST(:lots) AS n(lot_id) JOIN move_lines m ON m.lot_id = n.lot_id
                            WHERE m.id <= :bound
                              AND (m.source_location_id = ANY(:places) OR m.destination_location_id = ANY(:places))
                            GROUP BY m.partner_id
                            """.formatted(suppliers ? "source_location_id" : "destination_location_id",
                            suppliers ? "destination_location_id" : "source_location_id"))
                    .param("lots", Batches.bigints(slice))
                    .param("places", Batches.bigints(places))
                    .param("bound", moveBound)
                    .query((rs, n) -> {
                        long id = rs.getLong(1);
                        BigDecimal[] sum = sums.computeIfAbsent(rs.wasNull() ? Long.MIN_VALUE : id,
                                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                        sum[0] = sum[0].add(rs.getBigDecimal(2));
                        sum[1] = sum[1].add(rs.getBigDecimal(3));
                        return sum;
                    })
                    .list();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT p.id, p.name FROM UNNEST(:ids) AS n(id) JOIN partners p ON p.id = n.id")
                .param("ids", Batches.bigints(sums.keySet()))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return TraceSummary.byName(sums.entrySet().stream().map(e -> new Trace.PartnerQuantity(
                e.getKey() == Long.MIN_VALUE ? null : e.getKey(), names.get(e.getKey()), e.getValue()[0],
                e.getValue()[1])).toList());
    }

    /**
     * The stock of these lots in our locations (quants hold only internal and transit stock), and what is blocked. The
     * quants are summed first and only the lots holding stock (a few hundred of a hot lot's 22,000) are looked up for
     * their status: joined in one statement, PostgreSQL read all 240,000 lots (or probed one by one each lot of the
     * trace) for them, 40 to 160 ms per 10,000 lots.
     */
    Stock stock(Collection<Long> lotIds) {
        Map<Long, BigDecimal> stocked = new HashMap<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            jdbc.sql(Batches.planned("""
                            SELECT q.lot_id, SUM(q.quantity)
                            FROM UNNEST(:lots) AS n(lot_id) JOIN quants q ON q.lot_id = n.lot_id
                            WHERE q.quantity > 0
                            GROUP BY q.lot_id
                            """))
                    .param("lots", Batches.bigints(slice))
                    .query((rs, n) -> stocked.put(rs.getLong(1), rs.getBigDecimal(2)))
                    .list();
        }
        BigDecimal[] quantities = {BigDecimal.ZERO, BigDecimal.ZERO};
        long[] lots = {0, 0};
        for (List<Long> slice : Batches.slices(stocked.keySet())) {
            jdbc.sql("SELECT l.id, %s FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id"
                            .formatted(LotStatusSql.of("l")))
                    .param("lots", Batches.bigints(slice))
                    .query((rs, n) -> {
                        int blocked = "available".equals(rs.getString(2)) ? 0 : 1;
                        lots[blocked]++;
                        quantities[blocked] = quantities[blocked].add(stocked.get(rs.getLong(1)));
                        return blocked;
                    })
                    .list();
        }
        return new Stock(quantities[0].add(quantities[1]), lots[0] + lots[1], quantities[1], lots[1]);
    }
}
