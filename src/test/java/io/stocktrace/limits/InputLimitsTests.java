package io.stocktrace.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, findings 1 and 5: a request that holds more than the limits allow is refused with 422 limit-exceeded,
 * naming the limit, before any work is done on what it holds; nothing is written.
 */
abstract class InputLimitsTests extends ApiTest {
    @Autowired
    ProductService products;

    @Test
    void a_gs1_code_of_half_a_million_digits_is_refused_before_it_is_parsed() {
        var r = userWithRole("viewer").post("/api/v1/gs1/parse", Map.of("data", "0".repeat(512 * 1024)));

        assertLimitExceeded(r, "gs1InputLength", "data");
        assertThat(r.at("/maximum").asInt()).isEqualTo(1000);
    }

    @Test
    void a_gs1_code_of_exactly_the_limit_is_parsed() {
        var r = admin.post("/api/v1/gs1/parse", Map.of("data", "(01)09506000134352(10)" + "A".repeat(978)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).as(r.body()).isEqualTo("validation-failed");
        assertThat(r.at("/detail").asString()).contains("too long");
    }

    @Test
    void a_scan_in_a_transfer_line_longer_than_the_limit_is_refused() {
        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(Map.of("scan", "]d201" + "0".repeat(5000))))));

        assertLimitExceeded(r, "gs1InputLength", "lines[0].scan");
    }

    @Test
    void a_transfer_of_more_serials_than_the_limit_is_refused_and_writes_nothing() {
        long phone = given.product("PHONE", "serial");
        List<String> serials = IntStream.rangeClosed(0, 100_000).mapToObj(i -> "SN-" + i).toList();

        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(Scenario.line(phone, null, serials, null)))));

        assertLimitExceeded(r, "serialsPerRequest", "lines");
        assertThat(r.at("/maximum").asInt()).isEqualTo(100_000);
        assertThat(r.at("/detail").asString()).contains("100001 serial numbers");
    }

    @Test
    void a_return_of_more_serials_than_the_limit_is_refused() {
        long phone = given.product("PHONE", "serial");
        long receipt = given.receivedSerials(phone, "SN-1").path("id").asLong();
        List<String> serials = IntStream.rangeClosed(0, 100_000).mapToObj(i -> "SN-" + i).toList();

        var r = changesNothing(() -> admin.post("/api/v1/transfers/" + receipt + "/return",
                Map.of("lines", List.of(Map.of("productId", phone, "serials", serials)))));

        assertLimitExceeded(r, "serialsPerRequest", "lines");
    }

    @Test
    void a_json_body_nested_deeper_than_the_limit_is_refused() {
        String deep = "[".repeat(100) + "]".repeat(100);

        var r = admin.postRaw("/api/v1/transfers", "{\"note\":" + deep + ",\"type\":\"receipt\"}", "application/json");

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("limit-exceeded");
        assertThat(r.at("/limit").asString()).isEqualTo("jsonNestingDepth");
    }

    @Test
    void a_json_number_longer_than_the_limit_is_refused() {
        var r = admin.postRaw("/api/v1/transfers",
                "{\"type\":\"receipt\",\"lines\":[{\"productId\":1,\"quantity\":" + "9".repeat(500) + "}]}",
                "application/json");

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("limit-exceeded");
        assertThat(r.at("/limit").asString()).isEqualTo("jsonNumberLength");
    }

    @Test
    void products_asked_for_by_a_hundred_and_fifty_thousand_repeated_ids_are_found() {
        // the transfer page asked for one product id per line: a million serial lines made a million parameters
        long phone = given.product("PHONE", "serial");
        long case_ = given.product("CASE", "lot");
        List<Long> ids = IntStream.range(0, 150_000).mapToObj(i -> i % 2 == 0 ? phone : case_).toList();

        assertThat(products.byIds(ids)).containsOnlyKeys(phone, case_);
    }

    @Test
    void an_epcis_query_of_more_identifiers_than_the_limit_is_refused() {
        // short values: the request line must stay within the server's 8 KB of headers
        String identifiers = String.join(",", IntStream.range(0, 1001).mapToObj(i -> "x" + i).toList());

        var r = admin.get("/api/v1/epcis/events?MATCH_anyEPC=" + identifiers);

        assertLimitExceeded(r, "epcisIdentifiersPerQuery", "MATCH_anyEPC");
    }

    @Test
    void an_epcis_identifier_with_a_broken_percent_escape_names_nothing() {
        var r = admin.get("/api/v1/epcis/events?MATCH_anyEPC=urn:epc:id:sgtin:9506000.013435.SN%25zz");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/epcisBody/queryResults/resultsBody/eventList").size()).isZero();
    }

    private static void assertLimitExceeded(Http.Response r, String limit, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("limit-exceeded");
        assertThat(r.at("/limit").asString()).isEqualTo(limit);
        assertThat(r.at("/errors/0/field").asString()).isEqualTo(field);
    }
}
