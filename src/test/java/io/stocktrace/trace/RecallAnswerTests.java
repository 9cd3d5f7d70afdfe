package io.stocktrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.bench.XsPlant;
import io.stocktrace.api.Paging;
import io.stocktrace.ledger.LedgerService;
import io.stocktrace.lot.LotFilter;
import io.stocktrace.lot.LotGroup;
import io.stocktrace.lot.LotListService;
import io.stocktrace.support.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A recall past the lots answered whole (lowered to 5 here) on the trace benchmark's XS plant: the answer is the
 * summary, whose counts are what the pages give, and the pages give what the whole recall holds, in its order. The
 * recall writes no lot row (their stored status stays), yet every reader sees the lots recalled: the lot's JSON,
 * the status filter and its counts, the lot's history; and the ledger verifies intact.
 */
@TestPropertySource(properties = "stocktrace.recall.max-answered-lots=5")
abstract class RecallAnswerTests extends ApiTest {
    @Autowired
    private RecallService recalls;
    @Autowired
    private LedgerService ledger;
    @Autowired
    private LotListService lotService;

    private List<JsonNode> pages(String path, int limit) {
        List<JsonNode> items = new ArrayList<>();
        long total;
        int offset = 0;
        do {
            var page = admin.get(path + "?limit=" + limit + "&offset=" + offset);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            total = page.json().path("total").asLong();
            page.json().path("items").forEach(items::add);
            offset += limit;
        } while (offset < total);
        assertThat((long) items.size()).as(path).isEqualTo(total);
        return items;
    }

    private Map<Long, String> storedStatuses() {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.sql("SELECT id, status FROM lots").query(rs -> {
            statuses.put(rs.getLong(1), rs.getString(2));
        });
        return statuses;
    }

    @Test
    void a_big_recall_answers_its_summary_and_pages_and_every_reader_sees_its_lots_recalled() throws Exception {
        long hot = XsPlant.load(dataSource, 11);
        Map<Long, String> before = storedStatuses();
        long available = admin.get("/api/v1/lots?status=available&limit=1").json().path("total").asLong();

        var r = admin.post("/api/v1/recalls", Map.of("lotId", hot, "reason", "Listeria"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode summary = r.json();
        long id = summary.path("id").asLong();
        assertThat(summary.path("whole").asBoolean()).isFalse();
        assertThat(summary.path("affectedLots").size()).isZero();
        assertThat(summary.path("customers").size()).isZero();
        assertThat(admin.get("/api/v1/recalls/" + id).json()).isEqualTo(summary);

        Recall whole = recalls.get(id);
        JsonNode counts = summary.path("counts");
        assertThat(counts.path("affectedLots").asLong()).isEqualTo(whole.affectedLots().size()).isGreaterThan(100);
        assertThat(counts.path("customers").asLong()).isEqualTo(whole.customers().size()).isPositive();
        assertThat(counts.path("shipments").asLong())
                .isEqualTo(whole.customers().stream().mapToLong(c -> c.shipments().size()).sum());
        assertThat(counts.path("blockedStock").asLong()).isEqualTo(whole.blockedStock().size());

        List<Long> lots = pages("/api/v1/recalls/" + id + "/lots", 17).stream().map(l -> l.path("lotId").asLong())
                .toList();
        assertThat(lots).isEqualTo(whole.affectedLots().stream().map(Recall.AffectedLot::lotId).toList());
        List<String> customers = pages("/api/v1/recalls/" + id + "/customers", 3).stream()
                .map(c -> c.path("name").asString("") + ":" + c.path("shipments").size()).toList();
        assertThat(customers).isEqualTo(whole.customers().stream()
                .map(c -> (c.name() == null ? "" : c.name()) + ":" + c.shipments().size()).toList());
        List<String> stock = pages("/api/v1/recalls/" + id + "/blocked-stock", 4).stream()
                .map(s -> s.path("lotId").asLong() + "@" + s.path("location").asString()).toList();
        assertThat(stock).isEqualTo(whole.blockedStock().stream().map(s -> s.lotId() + "@" + s.location()).toList());
        assertThat(admin.get("/api/v1/recalls/" + id + "/customers.csv").body().lines().count())
                .isEqualTo(counts.path("shipments").asLong() + 1);
        assertThat(admin.get("/api/v1/recalls/" + id + "/lots?limit=0").status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/recalls/999999/lots").status()).isEqualTo(404);

        assertThat(storedStatuses()).as("no lot row written").isEqualTo(before);
        long reached = lots.size();
        assertThat(admin.get("/api/v1/lots/" + lots.get(lots.size() - 1)).json().path("status").asString())
                .isEqualTo("recalled");
        assertThat(admin.get("/api/v1/lots?status=recalled&limit=1").json().path("total").asLong()).isEqualTo(reached);
        assertThat(admin.get("/api/v1/lots?status=available&limit=1").json().path("total").asLong())
                .isEqualTo(available - reached);
        Map<String, Long> groups = new HashMap<>();
        admin.get("/api/v1/lots?groupBy=status").json().path("groups")
                .forEach(g -> groups.put(g.path("key").asString(), g.path("count").asLong()));
        assertThat(groups).containsEntry("recalled", reached).containsEntry("available", available - reached);
        assertThat(lotService.groupsWithoutTotals("status", LotFilter.of(null, null, null, null, null, null, null,
                lotService.today()), Paging.of(null, null)).stream().map(LotGroup::key).toList())
                .as("the dashboard's status groups").contains("recalled", "available");
        List<Long> filtered = new ArrayList<>();
        pages("/api/v1/lots", 1000).stream().filter(l -> "recalled".equals(l.path("status").asString()))
                .forEach(l -> filtered.add(l.path("id").asLong()));
        assertThat(new TreeSet<>(filtered)).isEqualTo(new TreeSet<>(lots));
        List<String> history = new ArrayList<>();
        admin.get("/api/v1/lots/" + lots.get(lots.size() - 1) + "/events").json().path("items")
                .forEach(e -> history.add(e.path("fromStatus").asString("") + "→" + e.path("toStatus").asString("")
                        + " " + e.path("reason").asString("")));
        assertThat(history).contains(before.get(lots.get(lots.size() - 1)) + "→recalled Listeria");
        assertThat(ledger.verify().findings()).as("the plant is loaded outside the ledger; the recall's block is sound")
                .allMatch(f -> f.endsWith(": is in no block of the ledger"));
    }
}
