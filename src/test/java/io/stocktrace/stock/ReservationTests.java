package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A delivery that names some lots and leaves others to the removal strategy gets the named ones. */
abstract class ReservationTests extends ApiTest {

    @Test
    void keeps_a_named_serial_for_its_line_when_an_earlier_line_lets_the_strategy_choose() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1");
        given.receivedSerials(phone, "SN-2");
        given.receivedSerials(phone, "SN-3");

        JsonNode delivery = given.transfer("delivery", null, line(phone, null, null, 2), line(phone, "SN-1", null, 1));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);

        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        assertThat(lots(reserved.json())).containsExactlyInAnyOrder("SN-1=1", "SN-2=1", "SN-3=1");
    }

    @Test
    void keeps_a_named_lot_for_its_line_when_an_earlier_line_lets_the_strategy_choose() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "MILK-OLD", 10);
        given.receivedLot(milk, "MILK-NEW", 10);

        JsonNode delivery = given.transfer("delivery", null, line(milk, null, null, 5), line(milk, "MILK-OLD", null, 10));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);

        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        assertThat(lots(reserved.json())).containsExactlyInAnyOrder("MILK-NEW=5", "MILK-OLD=10");
    }

    @Test
    void chooses_serials_past_the_ones_other_lines_name() {
        long phone = given.product("PHONE", "serial");
        for (String serial : List.of("SN-1", "SN-2", "SN-3", "SN-4", "SN-5")) {
            given.receivedSerials(phone, serial);
        }

        JsonNode delivery = given.transfer("delivery", null, line(phone, "SN-1", null, 1), line(phone, "SN-2", null, 1),
                line(phone, null, null, 2));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);

        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        assertThat(lots(reserved.json())).containsExactlyInAnyOrder("SN-1=1", "SN-2=1", "SN-3=1", "SN-4=1");
    }

    @Test
    void answers_insufficient_stock_for_more_serials_than_an_int_counts() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1");

        JsonNode delivery = given.transfer("delivery", null, line(phone, null, null, 2_147_483_648L));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);

        io.stocktrace.support.Problems.assertProblem(reserved, 409, "insufficient-stock", "PHONE");
    }

    @Test
    void names_a_serial_a_serial_and_writes_quantities_without_trailing_zeros_when_stock_is_short() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1");
        given.done(given.transfer("delivery", null, line(phone, "SN-1", null, 1)));

        JsonNode delivery = given.transfer("delivery", null, line(phone, "SN-1", null, 1));
        var reserved = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);

        io.stocktrace.support.Problems.assertProblem(reserved, 409, "insufficient-stock", "PHONE serial 'SN-1'");
        assertThat(reserved.at("/detail").asString()).contains(": 1 asked, 0 available").doesNotContain("1.0000");
    }

    private static List<String> lots(JsonNode transfer) {
        List<String> lots = new ArrayList<>();
        for (JsonNode l : transfer.path("lines")) {
            lots.add(l.path("lot").asString() + "=" + l.path("quantity").decimalValue()
                    .stripTrailingZeros().toPlainString());
        }
        return lots;
    }
}
