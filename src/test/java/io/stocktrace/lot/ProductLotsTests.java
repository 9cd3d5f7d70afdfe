package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generating serial names and reading pasted lists through the API: nothing is created. */
abstract class ProductLotsTests extends ApiTest {

    @Test
    void proposes_serial_names_and_reports_the_ones_that_exist_without_creating_any() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN0099");
        long lotsBefore = jdbc.sql("SELECT COUNT(*) FROM lots").query(Long.class).single();

        var r = userWithRole("operator").post("/api/v1/products/" + phone + "/serial-numbers/generate",
                Map.of("first", "SN0098", "count", 3));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("names").valueStream().map(n -> n.asString())).containsExactly("SN0098", "SN0099", "SN0100");
        assertThat(r.json().path("existing").valueStream().map(n -> n.asString())).containsExactly("SN0099");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lots").query(Long.class).single()).isEqualTo(lotsBefore);
    }

    @Test
    void refuses_to_generate_from_a_name_without_digits_or_for_an_untracked_product() {
        long phone = given.product("PHONE", "serial");
        long bolt = given.product("BOLT", "none");

        var noDigits = admin.post("/api/v1/products/" + phone + "/serial-numbers/generate", Map.of("first", "ABC", "count", 2));
        var untracked = admin.post("/api/v1/products/" + bolt + "/serial-numbers/generate", Map.of("first", "A1", "count", 2));

        assertThat(noDigits.status()).isEqualTo(422);
        assertThat(noDigits.at("/errors/0/field").asString()).isEqualTo("first");
        assertThat(untracked.code()).isEqualTo("lot-not-allowed");
    }

    @Test
    void a_viewer_reads_a_pasted_list_with_its_problems_by_line() {
        long milk = given.product("MILK", "lot");

        var r = userWithRole("viewer").post("/api/v1/products/" + milk + "/lot-list/parse",
                Map.of("text", "L1;10;2027-01-31\nL2;ten\n\nL3"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("entries").findValuesAsString("name")).containsExactly("L1", "L3");
        assertThat(r.at("/entries/0/quantity").asInt()).isEqualTo(10);
        assertThat(r.at("/entries/0/expirationDate").asString()).isEqualTo("2027-01-31");
        assertThat(r.at("/problems/0/line").asInt()).isEqualTo(2);
    }
}
