package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/v1/gs1/parse in the three forms a scanner or a person gives. */
abstract class Gs1ParseTests extends ApiTest {

    @Test
    void reads_gtin_expiry_and_lot_from_a_bracketed_element_string() {
        var r = userWithRole("viewer").post("/api/v1/gs1/parse", Map.of("data", "(01)09506000134352(17)261231(10)ABC123"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/gtin").asString()).isEqualTo("09506000134352");
        assertThat(r.at("/expirationDate").asString()).isEqualTo("2026-12-31");
        assertThat(r.at("/lot").asString()).isEqualTo("ABC123");
        assertThat(r.json().path("elements").findValuesAsString("ai")).containsExactly("01", "17", "10");
    }

    @Test
    void reads_scan_data_with_a_group_separator_and_a_digital_link_uri() {
        var scan = admin.post("/api/v1/gs1/parse", Map.of("data", "]C101095060001343521012345\u001D21SN-9"));
        var link = admin.post("/api/v1/gs1/parse", Map.of("data", "https://id.gs1.org/01/09506000134352/10/ABC123?17=261231"));

        assertThat(scan.status()).as(scan.body()).isEqualTo(200);
        assertThat(scan.at("/lot").asString()).isEqualTo("12345");
        assertThat(scan.at("/serial").asString()).isEqualTo("SN-9");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.at("/gtin").asString()).isEqualTo("09506000134352");
        assertThat(link.at("/expirationDate").asString()).isEqualTo("2026-12-31");
    }

    @Test
    void a_wrong_check_digit_is_a_problem_that_says_which_ai_where_and_why() {
        var r = admin.post("/api/v1/gs1/parse", Map.of("data", "(01)09506000134353(10)ABC"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("validation-failed");
        assertThat(r.at("/ai").asString()).isEqualTo("01");
        assertThat(r.at("/position").isIntegralNumber()).isTrue();
        assertThat(r.at("/detail").asString()).containsIgnoringCase("check digit");
        assertThat(r.at("/errors/0/field").asString()).isEqualTo("data");
    }
}
