package io.stocktrace.stock;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.LedgerStaysSound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PUT /api/v1/transfers/{id}: a draft's header and lines replaced, checked as at create; nothing else is editable. */
abstract class TransferEditTests extends LedgerStaysSound {
    private long milk;
    private long phone;
    private long vendor;

    @BeforeEach
    void products() {
        milk = given.product("MILK", "lot");
        phone = given.product("PHONE", "serial");
        vendor = given.partner("Dairy Farm");
    }

    private static Map<String, Object> body(Map<String, Object> header, Map<String, Object>... lines) {
        Map<String, Object> body = new LinkedHashMap<>(header);
        body.put("lines", List.of(lines));
        return body;
    }

    @Test
    void a_draft_receipt_edited_gets_the_new_header_and_lines_keeps_its_reference_and_is_validated_as_edited() {
        JsonNode draft = given.transfer("receipt", null, line(milk, "M-1", null, 4));
        long id = draft.path("id").asLong();

        var r = admin.put("/api/v1/transfers/" + id, body(Map.of("partnerId", vendor, "origin", "PO-7",
                        "scheduledDate", "2027-03-01T09:30:00Z"),
                line(milk, "M-1", null, 7), line(phone, null, List.of("SN-1", "SN-2"), null)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/reference").asString()).isEqualTo(draft.path("reference").asString());
        assertThat(r.at("/state").asString()).isEqualTo("draft");
        assertThat(r.at("/partnerId").asLong()).isEqualTo(vendor);
        assertThat(r.at("/origin").asString()).isEqualTo("PO-7");
        assertThat(r.at("/scheduledDate").asString()).isEqualTo("2027-03-01T09:30:00Z");
        assertThat(r.at("/lines").findValuesAsString("lot")).containsExactly("M-1", "SN-1", "SN-2");
        assertThat(admin.get("/api/v1/transfers/" + id).body()).isEqualTo(r.body());

        given.done(r.json());
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "M-1")).at("/quantityOnHand").asInt()).isEqualTo(7);
        assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, "SN-2")).at("/quantityOnHand").asInt()).isEqualTo(1);
    }

    @Test
    void a_done_or_reserved_transfer_is_not_edited() {
        long done = given.receivedLot(milk, "M-1", 4).path("id").asLong();
        long ready = given.transfer("delivery", null, line(milk, "M-1", null, 1)).path("id").asLong();
        assertThat(admin.post("/api/v1/transfers/" + ready + "/reserve", null).status()).isEqualTo(200);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        assertProblem(admin.put("/api/v1/transfers/" + done, body(Map.of(), line(milk, "M-1", null, 9))), 409,
                "invalid-state", "done", "cannot be edited");
        assertProblem(admin.put("/api/v1/transfers/" + ready, body(Map.of(), line(milk, "M-1", null, 2))), 409,
                "invalid-state", "ready");
        assertProblem(admin.put("/api/v1/transfers/999999", body(Map.of(), line(milk, "M-1", null, 2))), 404,
                "not-found");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void an_edit_with_problems_names_every_field_and_leaves_the_draft_as_it_was() {
        long id = given.transfer("receipt", null, line(milk, "M-1", null, 4)).path("id").asLong();
        String before = admin.get("/api/v1/transfers/" + id).body();
        Map<String, Object> noProduct = new LinkedHashMap<>();
        noProduct.put("quantity", 1);

        var r = admin.put("/api/v1/transfers/" + id, body(Map.of("origin", "O".repeat(201)),
                noProduct, line(milk, "M-2", null, -1), line(phone, "L".repeat(200), null, 1)));

        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).contains("origin", "lines[0].productId", "lines[1].quantity", "lines[2].lot");
        assertProblem(admin.put("/api/v1/transfers/" + id, body(Map.of("type", "delivery"),
                line(milk, "M-1", null, 1))), 422, "validation-failed");
        assertThat(fields(admin.put("/api/v1/transfers/" + id, body(Map.of("type", "delivery"),
                line(milk, "M-1", null, 1))))).containsExactly("type");
        assertThat(admin.get("/api/v1/transfers/" + id).body()).isEqualTo(before);
    }
}
