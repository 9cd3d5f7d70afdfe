package io.stocktrace.trace;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bakery story: two mills deliver flour and a sugar company sugar; dough is made from them, cakes (serials) from
 * the dough; cakes and dough go to four customers. Then traces both ways, a recall, and the mass balance.
 */
abstract class TraceTests extends ApiTest {
    private long flour;
    private long sugar;
    private long dough;
    private long cake;

    private JsonNode manufacture(long productId, Number quantity, String lot, List<String> serials,
                                 Map<String, Object>... components) {
        var r = admin.post("/api/v1/manufacturing-orders", order(productId, quantity, lot, serials, true, components));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private long lot(long productId, String name) {
        return given.lotId(productId, name);
    }

    private JsonNode trace(long lotId, String direction) {
        var r = admin.get("/api/v1/lots/" + lotId + "/trace?direction=" + direction);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Lot name → depth of the lots a trace reached; each lot must appear once. */
    private static Map<String, Integer> depths(JsonNode trace) {
        Map<String, Integer> depths = new TreeMap<>();
        for (JsonNode l : trace.path("lots")) {
            assertThat(depths.put(l.path("name").asString(), l.path("depth").asInt())).as("%s twice", l).isNull();
        }
        return depths;
    }

    private static Map<String, Integer> partners(JsonNode list) {
        Map<String, Integer> byName = new TreeMap<>();
        list.forEach(p -> byName.put(p.path("name").asString(), p.path("quantity").asInt()));
        return byName;
    }

    private void deliver(long partner, long productId, String lot, int quantity) {
        given.done(given.transfer("delivery", partner, line(productId, lot, null, quantity)));
    }

    /** Returns the lot ids of the story, by name. */
    private Map<String, Long> bakery() {
        flour = given.product("FLOUR", "lot");
        sugar = given.product("SUGAR", "lot");
        dough = given.product("DOUGH", "lot");
        cake = given.product("CAKE", "serial");
        long millA = given.partner("Mill A");
        long millB = given.partner("Mill B");
        long sugarCo = given.partner("Sugar Co");
        given.done(given.transfer("receipt", millB, line(flour, "F-B", null, 10)));
        given.done(given.transfer("receipt", millA, line(flour, "F-A", null, 10)));
        given.done(given.transfer("receipt", sugarCo, line(sugar, "S-1", null, 10)));
        manufacture(dough, 6, "D-B", null, component(flour, 4, "F-B", null), component(sugar, 2, "S-1", null));
        manufacture(dough, 6, "D-A", null, component(flour, 4, "F-A", null), component(sugar, 2, "S-1", null));
        manufacture(cake, 3, null, List.of("CAKE-1", "CAKE-2", "CAKE-3"), component(dough, 1, "D-A", "CAKE-1"),
                component(dough, 1, "D-B", "CAKE-2"), component(dough, 1, "D-A", "CAKE-3"));
        deliver(given.partner("Cafe 1"), cake, "CAKE-1", 1);
        deliver(given.partner("Cafe 2"), cake, "CAKE-2", 1);
        deliver(given.partner("Cafe 3"), cake, "CAKE-3", 1);
        deliver(given.partner("Bakery 4"), dough, "D-B", 2);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String name : List.of("F-A", "F-B")) {
            ids.put(name, lot(flour, name));
        }
        ids.put("S-1", lot(sugar, "S-1"));
        ids.put("D-A", lot(dough, "D-A"));
        ids.put("D-B", lot(dough, "D-B"));
        for (String name : List.of("CAKE-1", "CAKE-2", "CAKE-3")) {
            ids.put(name, lot(cake, name));
        }
        return ids;
    }

    @Test
    void traces_the_bakery_both_ways_recalls_one_flour_lot_and_balances_every_lot() {
        Map<String, Long> ids = bakery();

        JsonNode fromSugar = trace(ids.get("S-1"), "downstream");
        assertThat(depths(fromSugar)).isEqualTo(Map.of("S-1", 0, "D-A", 1, "D-B", 1, "CAKE-1", 2, "CAKE-2", 2, "CAKE-3", 2));
        assertThat(partners(fromSugar.path("customers")))
                .isEqualTo(Map.of("Cafe 1", 1, "Cafe 2", 1, "Cafe 3", 1, "Bakery 4", 2));
        assertThat(fromSugar.path("links").size()).isEqualTo(5);
        assertThat(fromSugar.at("/lot/name").asString()).isEqualTo("S-1");

        JsonNode fromFlourA = trace(ids.get("F-A"), "downstream");
        assertThat(depths(fromFlourA)).isEqualTo(Map.of("F-A", 0, "D-A", 1, "CAKE-1", 2, "CAKE-3", 2));
        assertThat(partners(fromFlourA.path("customers"))).isEqualTo(Map.of("Cafe 1", 1, "Cafe 3", 1));
        JsonNode link = fromFlourA.path("links").get(0);
        assertThat(link.path("fromLotId").asLong()).isEqualTo(ids.get("F-A"));
        assertThat(link.path("toLotId").asLong()).isEqualTo(ids.get("D-A"));
        assertThat(link.path("quantity").asInt()).isEqualTo(4);
        assertThat(link.path("reference").asString()).isEqualTo("WH/MO/00002");
        assertThat(link.path("date").asString()).isNotBlank();

        JsonNode fromCake = trace(ids.get("CAKE-1"), "upstream");
        assertThat(depths(fromCake)).isEqualTo(Map.of("CAKE-1", 0, "D-A", 1, "F-A", 2, "S-1", 2));
        assertThat(partners(fromCake.path("suppliers"))).isEqualTo(Map.of("Mill A", 10, "Sugar Co", 10));
        List<String> references = new ArrayList<>();
        fromCake.path("operations").forEach(o -> references.add(o.path("reference").asString()));
        assertThat(references).contains("WH/IN/00002", "WH/IN/00003", "WH/MO/00002", "WH/MO/00003", "WH/OUT/00001")
                .doesNotContain("WH/IN/00001", "WH/OUT/00002", "WH/MO/00001");
        List<String> sugarOperations = new ArrayList<>();
        fromCake.path("operations").forEach(o -> {
            if (o.path("lotId").asLong() == ids.get("S-1")) {
                sugarOperations.add(o.path("reference").asString() + " " + o.path("destinationLocation").asString());
            }
        });
        assertThat(sugarOperations).as("upstream, the sugar shows how it came into this cake, not the other dough")
                .containsExactly("WH/MO/00002 Virtual Locations/Production", "WH/IN/00003 WH/Stock");
        assertThat(trace(ids.get("CAKE-1"), "both").path("lots").size()).isEqualTo(4);

        var recall = admin.post("/api/v1/recalls", Map.of("lotId", ids.get("F-B"), "reason", "Aflatoxin in sample"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        assertThat(recall.at("/reference").asString()).isEqualTo("RCL/00001");
        assertThat(recall.json().path("affectedLots").findValuesAsString("lotName"))
                .containsExactlyInAnyOrder("F-B", "D-B", "CAKE-2");
        JsonNode customers = recall.json().path("customers");
        assertThat(customers.findValuesAsString("name")).containsExactly("Bakery 4", "Cafe 2");
        assertThat(customers.get(0).at("/shipments/0/lotName").asString()).isEqualTo("D-B");
        assertThat(customers.get(0).at("/shipments/0/quantity").asInt()).isEqualTo(2);
        assertThat(customers.get(0).path("email").asString()).isEqualTo("bakery.4@example.com");
        assertThat(customers.get(1).at("/shipments/0/productName").asString()).isEqualTo("CAKE name");
        assertThat(customers.get(1).at("/shipments/0/reference").asString()).isEqualTo("WH/OUT/00002");
        Map<String, Integer> blocked = new TreeMap<>();
        recall.json().path("blockedStock").forEach(b -> blocked.put(b.path("lotName").asString(), b.path("quantity").asInt()));
        assertThat(blocked).isEqualTo(Map.of("F-B", 6, "D-B", 3));
        for (String name : ids.keySet()) {
            String status = admin.get("/api/v1/lots/" + ids.get(name)).at("/status").asString();
            assertThat(status).as(name).isEqualTo(List.of("F-B", "D-B", "CAKE-2").contains(name) ? "recalled" : "available");
        }
        for (String name : List.of("F-B", "D-B", "CAKE-2")) {
            JsonNode history = admin.get("/api/v1/lots/" + ids.get(name) + "/events").json();
            assertThat(history.path("total").asInt()).as(name).isEqualTo(1);
            assertThat(history.at("/items/0/fromStatus").asString() + "→" + history.at("/items/0/toStatus").asString())
                    .as(name).isEqualTo("available→recalled");
        }
        assertThat(admin.get("/api/v1/lots/" + ids.get("F-A") + "/events").json().path("total").asInt()).isZero();

        // afterwards reservation picks only unaffected lots, though the recalled ones are older
        JsonNode delivery = given.transfer("delivery", null, line(dough, null, null, 2), line(flour, null, null, 1));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        assertThat(reserved.json().path("lines").findValuesAsString("lot")).containsExactlyInAnyOrder("D-A", "F-A");
        long shipBlocked = given.transfer("delivery", null, line(dough, "D-B", null, 1)).path("id").asLong();
        assertProblem(changesNothing(() -> admin.post("/api/v1/transfers/" + shipBlocked + "/validate", null)),
                409, "lot-blocked", "D-B");
        assertProblem(changesNothing(() -> admin.post("/api/v1/manufacturing-orders", Map.of("productId", cake,
                "serials", List.of("CAKE-9"), "validate", true, "components", List.of(component(dough, 1, "D-B", null))))),
                409, "lot-blocked", "D-B", "recalled");

        var csv = admin.get("/api/v1/recalls/" + recall.at("/id").asLong() + "/customers.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("partner_id,name,email,reference,date,product,lot,quantity,sscc");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains(",Bakery 4,bakery.4@example.com,WH/OUT/00004,").endsWith(",DOUGH name,D-B,2.0000,");
        assertThat(rows.get(2)).contains(",Cafe 2,cafe.2@example.com,WH/OUT/00002,").endsWith(",CAKE name,CAKE-2,1.0000,");
        assertThat(admin.get("/api/v1/recalls/" + recall.at("/id").asLong()).at("/affectedLots").size()).isEqualTo(3);

        for (String name : ids.keySet()) {
            var balance = admin.get("/api/v1/lots/" + ids.get(name) + "/balance");
            assertThat(balance.status()).isEqualTo(200);
            assertThat(balance.at("/discrepancy").decimalValue()).as(name + " " + balance.body()).isZero();
        }
        var flourB = admin.get("/api/v1/lots/" + ids.get("F-B") + "/balance").json();
        assertThat(flourB.path("received").asInt()).isEqualTo(10);
        assertThat(flourB.path("consumed").asInt()).isEqualTo(4);
        assertThat(flourB.path("onHand").asInt()).isEqualTo(6);
        var doughB = admin.get("/api/v1/lots/" + ids.get("D-B") + "/balance").json();
        assertThat(doughB.path("produced").asInt()).isEqualTo(6);
        assertThat(doughB.path("consumed").asInt()).isEqualTo(1);
        assertThat(doughB.path("delivered").asInt()).isEqualTo(2);
        assertThat(doughB.path("onHand").asInt()).isEqualTo(3);
        assertThat(doughB.has("returnedFromCustomers") && doughB.has("returnedToVendors") && doughB.has("scrapped")
                && doughB.has("adjusted")).isTrue();
    }

    @Test
    void a_lot_reached_by_two_paths_appears_once_at_its_smallest_depth() {
        long raw = given.product("RAW", "lot");
        long mid = given.product("MID", "lot");
        long top = given.product("TOP", "lot");
        given.receivedLot(raw, "X", 10);
        manufacture(mid, 2, "Y", null, component(raw, 2, "X", null));
        manufacture(mid, 2, "Z", null, component(raw, 2, "X", null));
        manufacture(top, 1, "W", null, component(mid, 1, "Y", null), component(mid, 1, "Z", null),
                component(raw, 1, "X", null));
        manufacture(top, 1, "V", null, component(mid, 1, "Y", null), component(mid, 1, "Z", null));
        assertThat(depths(trace(lot(raw, "X"), "downstream")))
                .isEqualTo(Map.of("X", 0, "Y", 1, "Z", 1, "W", 1, "V", 2));
        assertThat(depths(trace(lot(top, "W"), "upstream"))).isEqualTo(Map.of("W", 0, "Y", 1, "Z", 1, "X", 1));
        assertThat(depths(trace(lot(top, "V"), "upstream"))).isEqualTo(Map.of("V", 0, "Y", 1, "Z", 1, "X", 2));
    }

    @Test
    void answers_404_422_and_403_as_the_contract_says() {
        Http viewer = userWithRole("viewer");
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 3);
        long f1 = lot(flour, "F-1");
        assertProblem(admin.get("/api/v1/lots/999/trace?direction=upstream"), 404, "not-found", "999");
        assertProblem(admin.get("/api/v1/lots/999/balance"), 404, "not-found", "999");
        assertProblem(admin.get("/api/v1/recalls/999"), 404, "not-found", "999");
        assertProblem(admin.get("/api/v1/recalls/999/customers.csv"), 404, "not-found");
        assertThat(fields(assertProblem(admin.get("/api/v1/lots/" + f1 + "/trace?direction=sideways"), 422,
                "validation-failed"))).containsExactly("direction");
        assertProblem(changesNothing(() -> viewer.post("/api/v1/recalls", Map.of("lotId", f1, "reason", "x"))),
                403, "forbidden");
        assertProblem(changesNothing(() -> admin.post("/api/v1/recalls", Map.of("lotId", 999, "reason", "x"))),
                404, "not-found");
        assertThat(fields(assertProblem(changesNothing(() -> admin.post("/api/v1/recalls", Map.of("lotId", f1))),
                422, "validation-failed"))).containsExactly("reason");
        assertThat(viewer.get("/api/v1/lots/" + f1 + "/trace").status()).isEqualTo(200);
        var csv = admin.get("/api/v1/recalls/" + admin.post("/api/v1/recalls", Map.of("lotId", f1, "reason", "test"))
                .at("/id").asLong() + "/customers.csv");
        assertThat(csv.body().lines().toList()).containsExactly("partner_id,name,email,reference,date,product,lot,quantity,sscc");
        assertThat(viewer.get("/api/v1/lots/" + f1).at("/status").asString()).isEqualTo("recalled");
    }
}
