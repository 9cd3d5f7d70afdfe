package io.stocktrace.api;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.9: dates outside years 1900 to 9999 are refused naming the field (they answered 500, or were stored);
 * problems with a JSON body say what the field must be, never a Java signature or a Jackson type.
 */
abstract class MalformedInputTests extends ApiTest {

    @Test
    void refuses_a_receipt_date_far_in_the_past_or_future_naming_the_field() {
        long milk = given.product("MILK", "lot");
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "+10000-01-01")) {
            var r = changesNothing(() -> admin.postRaw("/api/v1/transfers", """
                    {"type": "receipt", "lines": [{"productId": %d, "lot": "M-1", "quantity": 1,
                      "expirationDate": "%s"}]}""".formatted(milk, date), "application/json"));
            assertProblem(r, 422, "validation-failed", "lines[0].expirationDate", "1900-01-01");
            assertThat(fields(r)).containsExactly("lines[0].expirationDate");
        }
    }

    @Test
    void refuses_a_lot_date_far_in_the_future_in_a_patch() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "M-1", 3);
        long lot = given.lotId(milk, "M-1");
        var r = changesNothing(() -> admin.patch("/api/v1/lots/" + lot, Map.of("expirationDate", "+999999999-12-31")));
        assertProblem(r, 422, "validation-failed", "expirationDate");
        assertThat(fields(r)).containsExactly("expirationDate");
        assertThat(admin.patch("/api/v1/lots/" + lot, Map.of("expirationDate", "9999-12-31")).status()).isEqualTo(200);
    }

    @Test
    void says_what_a_field_must_be_without_java_or_jackson_names() {
        long bolts = given.product("BOLT", "none");
        var wrongType = admin.postRaw("/api/v1/transfers", "{\"type\": \"receipt\", \"lines\": [{\"productId\": "
                + bolts + ", \"quantity\": \"a dozen\"}]}", "application/json");
        assertProblem(wrongType, 422, "validation-failed", "lines[0].quantity: must be a number");
        var cutShort = admin.postRaw("/api/v1/transfers", "{\"type\": \"receipt\", \"lines\": [", "application/json");
        assertProblem(cutShort, 422, "validation-failed", "not valid JSON");
        var notAList = admin.postRaw("/api/v1/transfers", "{\"type\": \"receipt\", \"lines\": 5}", "application/json");
        assertProblem(notAList, 422, "validation-failed", "lines");
        var badParameter = admin.get("/api/v1/lots?productId=abc");
        assertProblem(badParameter, 422, "validation-failed", "productId: must be a whole number");
        for (var r : List.of(wrongType, cutShort, notAList, badParameter)) {
            assertThat(r.body()).doesNotContain("java.", "tools.jackson", "`", "Cannot deserialize", "Unexpected end",
                    "TransferRequest", "BigDecimal");
        }
    }
}
