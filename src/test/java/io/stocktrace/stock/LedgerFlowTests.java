package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole story of lots and serials through the API: receive, move, deliver by FIFO, look at the lots. */
abstract class LedgerFlowTests extends ApiTest {

    @Test
    void receives_moves_and_delivers_lots_and_serials_and_shows_them_in_the_lot_views() {
        long bolts = given.product("BOLT", "none");
        long milk = given.product("MILK", "lot");
        long phone = given.product("PHONE", "serial");
        long vendor = given.partner("Dairy Farm");
        long customer = given.partner("Corner Shop");
        long shelf = given.location("Shelf 1", Locations.STOCK);

        JsonNode receipt = given.transfer("receipt", vendor, line(bolts, null, null, 100),
                line(milk, "MILK-OLD", null, 10), line(phone, null, List.of("SN-1", "SN-2"), null));
        assertThat(receipt.path("reference").asString()).isEqualTo("WH/IN/00001");
        assertThat(receipt.path("state").asString()).isEqualTo("draft");
        assertThat(given.done(receipt).path("state").asString()).isEqualTo("done");
        given.receivedLot(milk, "MILK-NEW", 10);
        given.receivedSerials(phone, "SN-3");

        var internal = admin.post("/api/v1/transfers", Map.of("type", "internal",
                "sourceLocationId", Locations.STOCK, "destinationLocationId", shelf,
                "lines", List.of(line(milk, "MILK-OLD", null, 4), line(phone, "SN-2", null, 1))));
        assertThat(internal.status()).as(internal.body()).isEqualTo(201);
        JsonNode moved = given.done(internal.json());
        assertThat(moved.path("reference").asString()).isEqualTo("WH/INT/00001");

        JsonNode delivery = given.transfer("delivery", customer, line(milk, null, null, 12), line(phone, null, null, 2),
                line(bolts, null, null, 30));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        assertThat(reserved.at("/state").asString()).isEqualTo("ready");
        assertThat(linesOf(reserved.json(), milk)).containsExactlyInAnyOrder("MILK-OLD@" + Locations.STOCK + "=6",
                "MILK-OLD@" + shelf + "=4", "MILK-NEW@" + Locations.STOCK + "=2");
        assertThat(linesOf(reserved.json(), phone)).containsExactlyInAnyOrder("SN-1@" + Locations.STOCK + "=1",
                "SN-2@" + shelf + "=1");
        JsonNode shipped = given.done(reserved.json());
        assertThat(shipped.path("doneAt").isMissingNode()).isFalse();

        long oldLot = given.lotId(milk, "MILK-OLD");
        long sn2 = given.lotId(phone, "SN-2");
        assertThat(admin.get("/api/v1/lots/" + oldLot).at("/quantityOnHand").decimalValue()).isZero();
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "MILK-NEW")).at("/quantityOnHand").asInt()).isEqualTo(8);
        var quants = admin.get("/api/v1/lots/" + sn2 + "/quants");
        assertThat(quants.at("/items/0/location").asString()).isEqualTo("Partners/Customers");
        assertThat(quants.at("/items/0/usage").asString()).isEqualTo("customer");
        assertThat(quants.at("/total").asInt()).isEqualTo(1);

        var operations = admin.get("/api/v1/lots/" + sn2 + "/operations");
        assertThat(operations.json().path("items").findValuesAsString("reference"))
                .containsExactly("WH/OUT/00001", "WH/INT/00001", "WH/IN/00001");
        assertThat(admin.get("/api/v1/lots/" + sn2 + "/operations").at("/items/1/destinationLocation").asString())
                .isEqualTo("WH/Stock/Shelf 1");
        assertThat(operations.at("/items/0/partner").asString()).isEqualTo("Corner Shop");
        assertThat(operations.at("/items/0/destinationLocation").asString()).isEqualTo("Partners/Customers");

        var lots = admin.get("/api/v1/lots?onHand=true");
        assertThat(lots.json().path("items").findValuesAsString("name")).containsExactly("SN-3", "MILK-NEW");
        var byProduct = admin.get("/api/v1/lots?groupBy=product");
        assertThat(byProduct.json().path("groups").findValuesAsString("label")).containsExactly("MILK name", "PHONE name");
        assertThat(byProduct.at("/groups/0/count").asInt()).isEqualTo(2);
        assertThat(byProduct.at("/groups/0/quantityOnHand").asInt()).isEqualTo(8);
        assertThat(byProduct.at("/groups/1/count").asInt()).isEqualTo(3);
        assertThat(byProduct.at("/groups/1/quantityOnHand").asInt()).isEqualTo(1);
        var byLot = admin.get("/api/v1/lots?groupBy=lot&q=SN");
        assertThat(byLot.json().path("groups").findValuesAsString("key")).containsExactly("SN-1", "SN-2", "SN-3");

        var deliveriesOfSn2 = admin.get("/api/v1/transfers?lotId=" + sn2 + "&type=delivery");
        assertThat(deliveriesOfSn2.json().path("items").findValuesAsString("reference")).containsExactly("WH/OUT/00001");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE lot_id IS NULL AND location_id = 2")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void receives_and_delivers_more_serials_in_one_transfer_than_one_lookup_slice_holds() {
        long phone = given.product("PHONE", "serial");
        List<String> serials = java.util.stream.IntStream.range(0, 25_000).mapToObj(i -> "BULK-" + i).toList();

        given.done(given.transfer("receipt", null, line(phone, null, serials, null)));
        JsonNode shipped = given.done(given.transfer("delivery", null, line(phone, null, serials, null)));

        assertThat(shipped.path("lines").size()).isEqualTo(25_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM move_lines").query(Long.class).single()).isEqualTo(50_000);
    }

    private static List<String> linesOf(JsonNode transfer, long productId) {
        return java.util.stream.StreamSupport.stream(transfer.path("lines").spliterator(), false)
                .filter(l -> l.path("productId").asLong() == productId)
                .map(l -> l.path("lot").asString() + "@" + l.path("sourceLocationId").asLong() + "="
                        + l.path("quantity").decimalValue().stripTrailingZeros().toPlainString())
                .toList();
    }
}
