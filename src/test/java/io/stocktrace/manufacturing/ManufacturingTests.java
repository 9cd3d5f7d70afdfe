package io.stocktrace.manufacturing;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Manufacturing orders through the API: consume components, produce lots and serials, record the genealogy. */
abstract class ManufacturingTests extends ApiTest {
    private static final String MO = "/api/v1/manufacturing-orders";

    private long onHand(long lotId) {
        return admin.get("/api/v1/lots/" + lotId).at("/quantityOnHand").asLong();
    }

    @Test
    void produces_a_lot_from_components_chosen_by_fifo_and_records_the_genealogy() {
        long flour = given.product("FLOUR", "lot");
        long water = given.product("WATER", "none");
        long dough = given.product("DOUGH", "lot");
        given.receivedLot(flour, "F-OLD", 4);
        given.receivedLot(flour, "F-NEW", 10);
        given.done(given.transfer("receipt", null, io.stocktrace.support.Scenario.line(water, null, null, 50)));

        var r = admin.post(MO, order(dough, 6, "D-1", null, true, component(flour, 6, null, null),
                component(water, 3, null, null)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().get("location")).endsWith(MO + "/" + r.at("/id").asLong());
        assertThat(r.at("/reference").asString()).isEqualTo("WH/MO/00001");
        assertThat(r.at("/state").asString()).isEqualTo("done");
        assertThat(r.at("/lot").asString()).isEqualTo("D-1");
        assertThat(r.at("/consumed").findValuesAsString("lot")).containsSubsequence("F-OLD", "F-NEW").hasSize(3);
        long d1 = given.lotId(dough, "D-1");
        long old = given.lotId(flour, "F-OLD");
        long fresh = given.lotId(flour, "F-NEW");
        assertThat(onHand(d1)).isEqualTo(6);
        assertThat(onHand(old)).isZero();
        assertThat(onHand(fresh)).isEqualTo(8);
        assertThat(r.json().path("links").toString()).contains("\"fromLotId\":" + old + ",\"toLotId\":" + d1 + ",\"quantity\":4")
                .contains("\"fromLotId\":" + fresh + ",\"toLotId\":" + d1 + ",\"quantity\":2");

        var ops = admin.get("/api/v1/lots/" + d1 + "/operations");
        assertThat(ops.at("/items/0/reference").asString()).isEqualTo("WH/MO/00001");
        assertThat(ops.at("/items/0/sourceLocation").asString()).isEqualTo("Virtual Locations/Production");
        assertThat(ops.at("/items/0/type").asString()).isEqualTo("manufacturing");
        var got = admin.get(MO + "/" + r.at("/id").asLong());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.at("/links").size()).isEqualTo(2);
        var list = admin.get(MO + "?state=done");
        assertThat(list.at("/total").asInt()).isEqualTo(1);
        assertThat(list.at("/items/0/reference").asString()).isEqualTo("WH/MO/00001");
    }

    @Test
    void ties_components_to_the_serial_they_are_for_and_shares_the_others() {
        long dough = given.product("DOUGH", "lot");
        long box = given.product("BOX", "lot");
        long cake = given.product("CAKE", "serial");
        given.receivedLot(dough, "D-1", 5);
        given.receivedLot(dough, "D-2", 5);
        given.receivedLot(box, "B-1", 10);
        var r = admin.post(MO, order(cake, null, null, List.of("C-1", "C-2"), true,
                component(dough, 2, "D-1", "C-1"), component(dough, 3, "D-2", "C-2"), component(box, 1, "B-1", null)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.at("/serials").findValuesAsString("")).isEmpty();
        assertThat(r.at("/quantity").asInt()).isEqualTo(2);
        long c1 = given.lotId(cake, "C-1");
        long c2 = given.lotId(cake, "C-2");
        long d1 = given.lotId(dough, "D-1");
        long d2 = given.lotId(dough, "D-2");
        long b1 = given.lotId(box, "B-1");
        assertThat(jdbc.sql("SELECT consumed_lot_id || '>' || produced_lot_id || '=' || CAST(CAST(quantity AS DECIMAL(18, 1)) AS VARCHAR(30)) FROM lot_links ORDER BY id")
                .query(String.class).list())
                .containsExactlyInAnyOrder(d1 + ">" + c1 + "=2.0", d2 + ">" + c2 + "=3.0", b1 + ">" + c1 + "=0.5",
                        b1 + ">" + c2 + "=0.5");
        assertThat(onHand(c1)).isEqualTo(1);
    }

    @Test
    void validates_a_draft_later_and_refuses_to_validate_it_twice() {
        long flour = given.product("FLOUR", "lot");
        long dough = given.product("DOUGH", "lot");
        given.receivedLot(flour, "F-1", 4);
        var draft = admin.post(MO, order(dough, 2, "D-1", null, false, component(flour, 2, "F-1", null)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.at("/state").asString()).isEqualTo("draft");
        assertThat(draft.at("/components/0/lot").asString()).isEqualTo("F-1");
        long id = draft.at("/id").asLong();
        var done = admin.post(MO + "/" + id + "/validate", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.at("/state").asString()).isEqualTo("done");
        assertThat(done.at("/doneAt").isMissingNode()).isFalse();
        assertProblem(changesNothing(() -> admin.post(MO + "/" + id + "/validate", null)), 409, "invalid-state", "WH/MO/00001");
    }

    @Test
    void answers_404_for_an_unknown_order() {
        assertProblem(admin.get(MO + "/999"), 404, "not-found", "999");
        assertProblem(changesNothing(() -> admin.post(MO + "/999/validate", null)), 404, "not-found");
    }

    @Test
    void refuses_a_blocked_component_lot_and_changes_nothing() {
        long flour = given.product("FLOUR", "lot");
        long dough = given.product("DOUGH", "lot");
        given.receivedLot(flour, "F-1", 4);
        long f1 = given.lotId(flour, "F-1");
        assertThat(admin.patch("/api/v1/lots/" + f1, Map.of("status", "quarantine", "reason", "lab")).status()).isEqualTo(200);
        var r = changesNothing(() -> admin.post(MO, order(dough, 2, "D-1", null, true, component(flour, 2, "F-1", null))));
        assertProblem(r, 409, "lot-blocked", "F-1", "quarantine");
        assertThat(fields(r)).containsExactly("components[0].lot");
        // left to the strategy, the blocked lot is never chosen
        assertProblem(changesNothing(() -> admin.post(MO, order(dough, 2, "D-1", null, true, component(flour, 2, null, null)))),
                409, "insufficient-stock", "FLOUR");
    }

    @Test
    void refuses_what_breaks_the_lot_and_serial_rules_and_changes_nothing() {
        long flour = given.product("FLOUR", "lot");
        long dough = given.product("DOUGH", "lot");
        long cake = given.product("CAKE", "serial");
        given.receivedLot(flour, "F-1", 4);
        given.receivedSerials(cake, "C-9");
        assertProblem(changesNothing(() -> admin.post(MO, order(dough, 2, null, null, true, component(flour, 2, "F-1", null)))),
                422, "lot-required", "DOUGH");
        assertProblem(changesNothing(() -> admin.post(MO, order(cake, 2, null, List.of("C-1", "C-1"), true,
                component(flour, 1, "F-1", null)))), 422, "duplicate-serial-in-transfer", "C-1");
        assertProblem(changesNothing(() -> admin.post(MO, order(cake, 3, null, List.of("C-1", "C-2"), true,
                component(flour, 1, "F-1", null)))), 422, "serial-quantity-not-one");
        assertProblem(changesNothing(() -> admin.post(MO, order(cake, null, null, List.of("C-9"), true,
                component(flour, 1, "F-1", null)))), 409, "serial-already-in-stock", "C-9");
        assertProblem(changesNothing(() -> admin.post(MO, order(dough, 2, "D-1", null, true, component(flour, 5, "F-1", null)))),
                409, "insufficient-stock", "FLOUR");
        assertProblem(changesNothing(() -> admin.post(MO, order(dough, 2, "D-1", null, true, component(flour, 1, "NOPE", null)))),
                422, "lot-not-found", "NOPE");
        var forSerial = changesNothing(() -> admin.post(MO, order(cake, null, null, List.of("C-1"), true,
                component(flour, 1, "F-1", "C-7"))));
        assertProblem(forSerial, 422, "validation-failed");
        assertThat(fields(forSerial)).containsExactly("components[0].forSerial");
        var missing = changesNothing(() -> admin.post(MO, Map.of("productId", 999, "components", List.of())));
        assertProblem(missing, 422, "validation-failed");
        assertThat(fields(missing)).contains("quantity", "components");
    }

    @Test
    void refuses_to_consume_the_produced_lot_or_a_lot_made_from_it() {
        long dough = given.product("DOUGH", "lot");
        long bread = given.product("BREAD", "lot");
        given.receivedLot(dough, "D-1", 10);
        var made = admin.post(MO, order(bread, 2, "B-1", null, true, component(dough, 4, "D-1", null)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        var self = changesNothing(() -> admin.post(MO, order(dough, 1, "D-1", null, true, component(dough, 1, "D-1", null))));
        assertProblem(self, 422, "validation-failed", "cannot consume itself");
        assertThat(fields(self)).containsExactly("components[0].lot");
        var cycle = changesNothing(() -> admin.post(MO, order(dough, 1, "D-1", null, true, component(bread, 1, "B-1", null))));
        assertProblem(cycle, 422, "validation-failed", "own ancestor");
        assertThat(fields(cycle)).containsExactly("components[0].lot");
    }

    @Test
    void a_viewer_may_read_but_not_create_orders() {
        Http viewer = userWithRole("viewer");
        long dough = given.product("DOUGH", "lot");
        assertProblem(changesNothing(() -> viewer.post(MO, order(dough, 1, "D-1", null, true,
                component(dough, 1, "X", null)))), 403, "forbidden");
        assertThat(viewer.get(MO).status()).isEqualTo(200);
        assertProblem(admin.get(MO + "?state=bogus"), 422, "validation-failed");
        assertThat(Locations.PRODUCTION).isEqualTo(7);
    }
}
