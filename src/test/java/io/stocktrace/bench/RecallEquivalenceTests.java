package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.db.Rows;
import io.stocktrace.lot.LotStatusSql;
import io.stocktrace.support.ApiTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The recall of the generated plant's hot lot (size XS) against what the recall did before it was set-based, written
 * here as plain queries: the lots a recursive walk of the genealogy reaches are the lots blocked, the history of each
 * lot that changed shows the recall once, from its status before (nothing for a lot already recalled), and the
 * customers with their shipments are those of the recall's former query (every column joined, ordered in SQL), row for
 * row, in order.
 */
abstract class RecallEquivalenceTests extends ApiTest {
    private static final String REASON = "Equivalence with the walk";

    /** The recall's former query of the customers, as it was. */
    private static final String FORMER_CUSTOMERS = """
            SELECT m.partner_id, pa.name, pa.email, m.reference, m.occurred_at, p.name AS product_name,
                   l.name AS lot_name, m.quantity
            FROM recall_lots r
                 JOIN move_lines m ON m.lot_id = r.lot_id
                 JOIN locations dst ON dst.id = m.destination_location_id
                 JOIN lots l ON l.id = m.lot_id
                 JOIN products p ON p.id = m.product_id
                 LEFT JOIN partners pa ON pa.id = m.partner_id
            WHERE r.recall_id = :recall AND dst.usage = 'customer'
            ORDER BY pa.name, m.partner_id, m.occurred_at, m.id
            """;

    private Set<Long> reachedByRecursiveWalk(long lot) {
        return new TreeSet<>(jdbc.sql("""
                        WITH RECURSIVE d(lot_id) AS (
                            SELECT CAST(:lot AS bigint)
                            UNION
                            SELECT k.produced_lot_id FROM d JOIN lot_links k ON k.consumed_lot_id = d.lot_id
                        )
                        SELECT lot_id FROM d
                        """)
                .param("lot", lot).query(Long.class).list());
    }

    /** The lots' statuses as every reader sees them (a recall no longer rewrites the lots' rows). */
    private Map<Long, String> statuses() {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.sql("SELECT l.id, " + LotStatusSql.of("l") + " FROM lots l").query(rs -> {
            statuses.put(rs.getLong(1), rs.getString(2));
        });
        return statuses;
    }

    @Test
    void recalls_the_hot_lot_blocking_the_lots_with_the_history_and_customers_the_former_recall_gave() throws Exception {
        var data = TraceBenchmark.load(dataSource, out -> new TraceDataGenerator(BenchSize.XS, 7).generate(out));
        long hot = data.hotLotId();
        List<Long> reached = new ArrayList<>(reachedByRecursiveWalk(hot));
        assertThat(reached).hasSizeGreaterThan(100);
        // blocked before: one reached lot quarantined, one recalled already by a recall of its own
        long quarantined = reached.get(reached.size() / 2);
        long recalledBefore = reached.get(reached.size() - 1);
        assertThat(admin.post("/api/v1/lots/" + quarantined + "/quarantine", Map.of("reason", "Sample")).status())
                .isEqualTo(200);
        assertThat(admin.post("/api/v1/recalls", Map.of("lotId", recalledBefore, "reason", "Earlier")).status())
                .isEqualTo(201);
        Map<Long, String> before = statuses();

        var r = admin.post("/api/v1/recalls", Map.of("lotId", hot, "reason", REASON));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode recall = r.json();
        long recallId = recall.path("id").asLong();

        List<Long> affected = new ArrayList<>();
        recall.path("affectedLots").forEach(l -> affected.add(l.path("lotId").asLong()));
        assertThat(new TreeSet<>(affected)).as("the lots blocked").isEqualTo(new TreeSet<>(reached));
        assertThat(affected).as("each once").doesNotHaveDuplicates();
        assertThat(affected.get(0)).as("the recalled lot first").isEqualTo(hot);

        Map<Long, String> after = statuses();
        after.forEach((lot, status) -> assertThat(status).as("lot %d", lot)
                .isEqualTo(reached.contains(lot) ? "recalled" : before.get(lot)));

        Map<Long, String> expectedHistory = new TreeMap<>();
        reached.stream().filter(l -> !"recalled".equals(before.get(l))).forEach(l -> expectedHistory.put(l, before.get(l)));
        Map<Long, String> history = new TreeMap<>();
        for (long lot : before.keySet()) {
            for (JsonNode e : admin.get("/api/v1/lots/" + lot + "/events?limit=100").json().path("items")) {
                if (REASON.equals(e.path("reason").asString(""))) {
                    assertThat(e.path("event").asString()).isEqualTo("status");
                    assertThat(e.path("toStatus").asString()).isEqualTo("recalled");
                    assertThat(e.path("actor").asString()).isEqualTo("admin");
                    assertThat(history.put(lot, e.path("fromStatus").asString())).as("one row a lot").isNull();
                }
            }
        }
        assertThat(history).as("the lots' histories, lot → status before").isEqualTo(expectedHistory);
        assertThat(history).containsEntry(quarantined, "quarantine").doesNotContainKey(recalledBefore);

        List<List<String>> formerShipments = jdbc.sql(FORMER_CUSTOMERS).param("recall", recallId)
                .query((rs, n) -> List.of(String.valueOf(Rows.nullableLong(rs, "partner_id")),
                        String.valueOf(rs.getString("name")), String.valueOf(rs.getString("email")),
                        rs.getString("reference"), Rows.instant(rs, "occurred_at").toString(),
                        rs.getString("product_name"), rs.getString("lot_name"), plain(rs.getBigDecimal("quantity"))))
                .list();
        List<List<String>> shipments = new ArrayList<>();
        for (JsonNode c : recall.path("customers")) {
            for (JsonNode s : c.path("shipments")) {
                shipments.add(List.of(c.path("partnerId").isNull() ? "null" : String.valueOf(c.path("partnerId").asLong()),
                        c.path("name").isNull() ? "null" : c.path("name").asString(),
                        c.path("email").isNull() ? "null" : c.path("email").asString(),
                        s.path("reference").asString(), java.time.Instant.parse(s.path("date").asString()).toString(),
                        s.path("productName").asString(), s.path("lotName").asString(),
                        plain(s.path("quantity").decimalValue())));
            }
        }
        assertThat(formerShipments).as("the hot lot's plant delivers to customers").hasSizeGreaterThan(10);
        assertThat(shipments).as("customers and shipments, in order").isEqualTo(formerShipments);
        assertThat(admin.get("/api/v1/recalls/" + recallId + "/customers.csv").body().lines().count())
                .isEqualTo(formerShipments.size() + 1);

        long formerBlocked = jdbc.sql("""
                        SELECT COUNT(*) FROM recall_lots r JOIN quants q ON q.lot_id = r.lot_id
                        WHERE r.recall_id = :recall AND q.quantity > 0
                        """).param("recall", recallId).query(Long.class).single();
        assertThat((long) recall.path("blockedStock").size()).isEqualTo(formerBlocked);
        assertThat(admin.get("/api/v1/recalls/" + recallId).json()).isEqualTo(recall);
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
