package io.stocktrace.lot;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A product's own sequence of lot and serial names: set, proposed, taken, and moved by the lots created. */
abstract class LotSequenceTests extends ApiTest {

    @Test
    void proposes_names_without_advancing_and_taking_them_moves_the_sequence_past_them() {
        long phone = given.product("PHONE", "serial");
        var set = admin.put("/api/v1/products/" + phone + "/sequence", Map.of("prefix", "SN-", "padding", 4, "nextNumber", 98));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.at("/next").asString()).isEqualTo("SN-0098");

        var proposed = userWithRole("viewer").get("/api/v1/products/" + phone + "/next-names?count=3");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(names(proposed.json().path("names"))).containsExactly("SN-0098", "SN-0099", "SN-0100");
        assertThat(admin.get("/api/v1/products/" + phone + "/sequence").at("/nextNumber").asLong()).isEqualTo(98);

        var taken = userWithRole("operator").post("/api/v1/products/" + phone + "/next-names?count=3", null);
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(names(taken.json().path("names"))).containsExactly("SN-0098", "SN-0099", "SN-0100");
        var after = admin.get("/api/v1/products/" + phone + "/sequence");
        assertThat(after.at("/nextNumber").asLong()).isEqualTo(101);
        assertThat(after.at("/next").asString()).isEqualTo("SN-0101");
    }

    @Test
    void lots_created_by_a_receipt_move_the_default_sequence_so_it_never_proposes_them_again() {
        long milk = given.product("MILK", "lot");
        assertThat(admin.get("/api/v1/products/" + milk + "/sequence").at("/next").asString()).isEqualTo("MILK-000001");

        given.receivedLot(milk, "MILK-000002", 5);

        var proposed = admin.get("/api/v1/products/" + milk + "/next-names?count=2");
        assertThat(names(proposed.json().path("names"))).containsExactly("MILK-000003", "MILK-000004");
        assertThat(proposed.json().path("existing").isEmpty()).isTrue();
    }

    @Test
    void reports_proposed_names_that_exist_when_the_sequence_is_set_back() {
        long phone = given.product("PHONE", "serial");
        admin.put("/api/v1/products/" + phone + "/sequence", Map.of("prefix", "SN-", "padding", 4, "nextNumber", 1));
        given.receivedSerials(phone, "SN-0002");
        admin.put("/api/v1/products/" + phone + "/sequence", Map.of("prefix", "SN-", "padding", 4, "nextNumber", 1));

        var proposed = admin.get("/api/v1/products/" + phone + "/next-names?count=3");

        assertThat(names(proposed.json().path("existing"))).containsExactly("SN-0002");
    }

    @Test
    void refuses_a_bad_sequence_a_bad_count_an_untracked_or_unknown_product_and_an_operator_setting_it() {
        long phone = given.product("PHONE", "serial");
        long bolt = given.product("BOLT", "none");

        var bad = admin.put("/api/v1/products/" + phone + "/sequence", Map.of("prefix", "\tSN", "padding", 0));
        assertProblem(bad, 422, "validation-failed");
        assertThat(fields(bad)).containsExactly("prefix", "padding", "nextNumber");
        assertProblem(admin.get("/api/v1/products/" + phone + "/next-names?count=0"), 422, "validation-failed");
        assertProblem(admin.get("/api/v1/products/" + phone + "/next-names?count=many"), 422, "validation-failed");
        assertProblem(admin.get("/api/v1/products/" + bolt + "/next-names"), 422, "lot-not-allowed", "BOLT");
        assertProblem(admin.get("/api/v1/products/9999/sequence"), 404, "not-found");
        assertProblem(userWithRole("operator").put("/api/v1/products/" + phone + "/sequence",
                Map.of("prefix", "SN-", "padding", 4, "nextNumber", 1)), 403, "forbidden");
        assertProblem(userWithRole("viewer").post("/api/v1/products/" + phone + "/next-names", null), 403, "forbidden");
    }

    private static List<String> names(tools.jackson.databind.JsonNode array) {
        return array.valueStream().map(n -> n.asString()).toList();
    }
}
