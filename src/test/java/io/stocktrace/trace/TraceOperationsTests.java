package io.stocktrace.trace;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.bench.XsPlant;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trace the size of what is asked, on the trace benchmark's plant at size XS (its hot lot goes into 50 orders at
 * every level): the summary counts what the pages give, the pages give every operation of the whole trace once in
 * their order, the stream gives what the pages give, and the whole answer past its limit (lowered to 60 operations
 * here) is refused with a problem that points to them. Parts of 3 lots (stocktrace.trace.part-lots) make the summary
 * sum its totals in many parts, the walk read its levels in slices side by side and the stream write many parts.
 */
@TestPropertySource(properties = {"stocktrace.trace.max-operations=60", "stocktrace.trace.part-lots=3"})
abstract class TraceOperationsTests extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private TraceService traces;

    private List<JsonNode> pages(Http client, long lotId, String direction, int limit, String query) {
        List<JsonNode> rows = new ArrayList<>();
        String after = null;
        do {
            var page = client.get("/api/v1/lots/" + lotId + "/trace/operations?direction=" + direction + "&limit=" + limit
                    + query + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().path("operations").size()).isLessThanOrEqualTo(limit);
            page.json().path("operations").forEach(rows::add);
            after = page.json().path("next").isNull() ? null : page.json().path("next").asString();
        } while (after != null);
        return rows;
    }

    private static List<Long> ids(List<JsonNode> rows) {
        return rows.stream().map(r -> r.path("moveLineId").asLong()).toList();
    }

    private static Map<String, BigDecimal> byName(Iterable<?> partners) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Object p : partners) {
            if (p instanceof Trace.PartnerQuantity q) {
                sums.put(q.name(), q.quantity().stripTrailingZeros());
            } else if (p instanceof JsonNode n) {
                sums.put(n.path("name").asString(), n.path("quantity").decimalValue().stripTrailingZeros());
            }
        }
        return sums;
    }

    @Test
    void pages_and_streams_give_every_operation_of_the_whole_trace_once_and_the_summary_counts_them() {
        long hot = plant();
        List<Long> lots = jdbc.sql("SELECT id FROM lots ORDER BY id").query(Long.class).list();
        List<Long> picked = List.of(hot, lots.get(lots.size() / 3), lots.get(lots.size() / 2), lots.get(lots.size() - 1));
        for (long lot : picked) {
            for (String direction : List.of("downstream", "upstream")) {
                Trace whole = traces.trace(lot, Trace.Direction.fromWire(direction));
                List<JsonNode> rows = pages(admin, lot, direction, 13, "");
                String what = direction + " of lot " + lot;
                assertThat(whole.operations().stream().map(Trace.Operation::moveLineId).toList())
                        .as("the whole answer lists an intermediate lot's production once, " + what).doesNotHaveDuplicates();
                assertThat(ids(rows)).as(what).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                        whole.operations().stream().map(Trace.Operation::moveLineId).toList());
                Map<Long, Integer> depths = whole.lots().stream()
                        .collect(Collectors.toMap(Trace.TracedLot::id, Trace.TracedLot::depth));
                rows.forEach(r -> assertThat(r.path("depth").asInt()).as(what).isEqualTo(depths.get(r.path("lotId").asLong())));
                assertThat(rows).as("by level, lot, then newest first").isSortedAccordingTo(Comparator
                        .comparingInt((JsonNode r) -> r.path("depth").asInt())
                        .thenComparingLong(r -> r.path("lotId").asLong())
                        .thenComparing(Comparator.comparingLong((JsonNode r) -> r.path("moveLineId").asLong()).reversed()));

                JsonNode summary = admin.get("/api/v1/lots/" + lot + "/trace/summary?direction=" + direction).json();
                assertThat(summary.path("operations").asLong()).as(what).isEqualTo(rows.size());
                assertThat(summary.path("lots").asLong()).as(what).isEqualTo(whole.lots().size());
                Map<Integer, Long> perLevel = new TreeMap<>();
                rows.forEach(r -> perLevel.merge(r.path("depth").asInt(), 1L, Long::sum));
                Map<Integer, Long> summarized = new TreeMap<>();
                summary.path("levels").forEach(l -> summarized.put(l.path("depth").asInt(), l.path("operations").asLong()));
                assertThat(summarized).as(what).isEqualTo(perLevel);
                assertThat(byName(summary.path("customers"))).as(what).isEqualTo(byName(whole.customers()));
                assertThat(byName(summary.path("suppliers"))).as(what).isEqualTo(byName(whole.suppliers()));
                BigDecimal onHand = jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM quants WHERE lot_id IN (:lots)")
                        .param("lots", depths.keySet()).query(BigDecimal.class).single();
                assertThat(summary.at("/stock/onHand").decimalValue()).as(what).isEqualByComparingTo(onHand);

                var ndjson = admin.getBinary("/api/v1/lots/" + lot + "/trace/operations.ndjson?direction=" + direction);
                assertThat(ndjson.status()).isEqualTo(200);
                assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
                assertThat(new String(ndjson.body(), StandardCharsets.UTF_8).lines().map(JSON::readTree).toList())
                        .as(what).isEqualTo(rows);
                var csv = admin.get("/api/v1/lots/" + lot + "/trace/operations.csv?direction=" + direction);
                assertThat(csv.contentType()).startsWith("text/csv");
                List<String> lines = csv.body().lines().toList();
                assertThat(lines.get(0)).isEqualTo(String.join(",", TraceStreamWriter.COLUMNS));
                assertThat(lines.subList(1, lines.size()).stream().map(l -> Long.parseLong(l.split(",")[1])).toList())
                        .as(what).isEqualTo(ids(rows));
            }
        }
        List<JsonNode> levelOne = pages(admin, hot, "downstream", 17, "&depth=1");
        assertThat(levelOne).isNotEmpty().allMatch(r -> r.path("depth").asInt() == 1)
                .isEqualTo(pages(admin, hot, "downstream", 500, "").stream().filter(r -> r.path("depth").asInt() == 1).toList());
    }

    @Test
    void pages_read_on_the_trace_as_it_was_at_the_first_page_while_new_moves_and_orders_come_in() {
        long flour = given.product("FLOUR", "lot");
        long dough = given.product("DOUGH", "lot");
        long cafe = given.partner("Cafe");
        given.receivedLot(flour, "F-1", 10);
        manufacture(dough, 2, "D-1", component(flour, 2, "F-1", null));
        manufacture(dough, 2, "D-2", component(flour, 2, "F-1", null));
        given.done(given.transfer("delivery", cafe, line(dough, "D-1", null, 1)));
        long f1 = given.lotId(flour, "F-1");
        List<JsonNode> before = pages(admin, f1, "downstream", 1000, "");
        assertThat(before).hasSize(6);
        String summaryCursor = admin.get("/api/v1/lots/" + f1 + "/trace/summary?direction=downstream").at("/after").asString();

        var first = admin.get("/api/v1/lots/" + f1 + "/trace/operations?direction=downstream&limit=2");
        List<JsonNode> paged = new ArrayList<>();
        first.json().path("operations").forEach(paged::add);
        given.receivedLot(flour, "F-1", 5);                                 // a new move of a lot already paged
        manufacture(dough, 1, "D-3", component(flour, 1, "F-1", null));     // a new lot one level on
        given.done(given.transfer("delivery", cafe, line(dough, "D-2", null, 1))); // a new move of a lot not yet paged
        String after = first.json().path("next").asString();
        while (after != null) {
            var page = admin.get("/api/v1/lots/" + f1 + "/trace/operations?direction=downstream&limit=2&after=" + after);
            page.json().path("operations").forEach(paged::add);
            after = page.json().path("next").isNull() ? null : page.json().path("next").asString();
        }
        assertThat(paged).as("every row of the trace at the first page once, nothing recorded since").isEqualTo(before);
        List<JsonNode> fromSummary = new ArrayList<>();
        admin.get("/api/v1/lots/" + f1 + "/trace/operations?direction=downstream&limit=1000&after=" + summaryCursor)
                .json().path("operations").forEach(fromSummary::add);
        assertThat(fromSummary).as("the summary's cursor reads the trace it counted").isEqualTo(before);
        List<JsonNode> now = pages(admin, f1, "downstream", 3, "");
        assertThat(now).hasSize(10);
        assertThat(new HashSet<>(ids(now))).containsAll(ids(before));
    }

    @Test
    void the_summary_gives_the_stock_of_the_lots_reached_and_what_of_it_is_blocked() {
        long flour = given.product("FLOUR", "lot");
        long dough = given.product("DOUGH", "lot");
        long bread = given.product("BREAD", "lot");
        given.receivedLot(flour, "F-1", 10);
        manufacture(dough, 4, "D-1", component(flour, 4, "F-1", null));
        manufacture(dough, 6, "D-2", component(flour, 6, "F-1", null));
        manufacture(bread, 2, "B-1", component(dough, 6, "D-2", null));
        long d2 = given.lotId(dough, "D-2");
        assertThat(admin.post("/api/v1/lots/" + d2 + "/quarantine", Map.of("reason", "checked")).status()).isEqualTo(200);

        JsonNode stock = admin.get("/api/v1/lots/" + given.lotId(flour, "F-1") + "/trace/summary?direction=downstream")
                .json().path("stock");
        assertThat(stock.path("onHand").decimalValue()).as("F-1 used up, D-1 4, D-2 used up, B-1 2")
                .isEqualByComparingTo("6");
        assertThat(stock.path("lotsOnHand").asLong()).isEqualTo(2);
        assertThat(stock.path("blocked").decimalValue()).as("D-2 is quarantined but holds nothing").isZero();
        assertThat(stock.path("blockedLots").asLong()).isZero();

        long d1 = given.lotId(dough, "D-1");
        assertThat(admin.post("/api/v1/lots/" + d1 + "/quarantine", Map.of("reason", "checked")).status()).isEqualTo(200);
        stock = admin.get("/api/v1/lots/" + given.lotId(flour, "F-1") + "/trace/summary?direction=downstream")
                .json().path("stock");
        assertThat(stock.path("onHand").decimalValue()).isEqualByComparingTo("6");
        assertThat(stock.path("blocked").decimalValue()).isEqualByComparingTo("4");
        assertThat(stock.path("blockedLots").asLong()).isEqualTo(1);
    }

    @Test
    void refuses_the_whole_answer_past_its_limit_pointing_to_the_summary_pages_and_stream() {
        long hot = plant();
        var refused = assertProblem(admin.get("/api/v1/lots/" + hot + "/trace?direction=downstream"), 422,
                "limit-exceeded", "traceOperations");
        assertThat(refused.at("/limit").asString()).isEqualTo("traceOperations");
        assertThat(refused.at("/maximum").asInt()).isEqualTo(60);
        for (String link : List.of("summary", "operations", "stream", "csv")) {
            var followed = admin.getBinary(refused.at("/" + link).asString());
            assertThat(followed.status()).as(link).isEqualTo(200);
        }
        long small = jdbc.sql("SELECT MAX(id) FROM lots").query(Long.class).single();
        assertThat(admin.get("/api/v1/lots/" + small + "/trace?direction=downstream").status()).isEqualTo(200);
    }

    @Test
    void answers_404_and_422_for_what_it_cannot_read_and_lets_a_viewer_read() {
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 3);
        long f1 = given.lotId(flour, "F-1");
        String base = "/api/v1/lots/" + f1 + "/trace";
        for (String path : List.of("/summary", "/operations", "/operations.ndjson", "/operations.csv")) {
            assertProblem(admin.get("/api/v1/lots/999/trace" + path + "?direction=upstream"), 404, "not-found", "999");
            assertThat(fields(assertProblem(admin.get(base + path + "?direction=both"), 422, "validation-failed")))
                    .containsExactly("direction");
            assertThat(fields(assertProblem(admin.get(base + path + "?direction=sideways"), 422, "validation-failed")))
                    .containsExactly("direction");
        }
        for (String query : List.of("limit=0", "limit=1001", "after=bm90LWEtY3Vyc29y", "after=%25%25", "depth=-1")) {
            assertThat(fields(assertProblem(admin.get(base + "/operations?" + query), 422, "validation-failed")))
                    .as(query).containsExactly(query.substring(0, query.indexOf('=')));
        }
        Http viewer = userWithRole("viewer");
        assertThat(viewer.get(base + "/summary").json().path("operations").asInt()).isEqualTo(1);
        assertThat(pages(viewer, f1, "upstream", 1000, "")).hasSize(1);
        assertThat(viewer.get(base + "/operations.csv").body().lines().count()).isEqualTo(2);
    }

    private long plant() {
        try {
            return XsPlant.load(dataSource, 11);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private void manufacture(long productId, Number quantity, String lot, Map<String, Object>... components) {
        var r = admin.post("/api/v1/manufacturing-orders", order(productId, quantity, lot, null, true, components));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
