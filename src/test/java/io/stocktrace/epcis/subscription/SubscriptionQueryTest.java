package io.stocktrace.epcis.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.problem.StocktraceException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionQueryTest {
    private static final Map<String, Object> SHIPPING = Map.of("bizStep", "shipping",
            "quantityList", List.of(Map.of("epcClass", "urn:epc:class:lgtin:4012345.012345.F-1", "quantity", 3)),
            "destinationList", List.of(Map.of("type", "owning_party", "destination", "urn:stocktrace:party:7")));

    @Test
    void matches_shipping_events_to_the_customer_and_the_lot_named_in_either_identifier_form() {
        assertThat(SubscriptionQuery.of(Map.of("EQ_bizStep", List.of("urn:epcglobal:cbv:bizstep:shipping"),
                "EQ_destination", List.of("urn:stocktrace:party:7"))).matches(SHIPPING)).isTrue();
        assertThat(SubscriptionQuery.of(Map.of("MATCH_epcClass", List.of("https://id.gs1.org/01/04012345123456/10/F-1")))
                .matches(SHIPPING)).isTrue();
        assertThat(SubscriptionQuery.of(Map.of("MATCH_epcClass", List.of("urn:epc:idpat:sgtin:4012345.012345.*")))
                .matches(SHIPPING)).as("a GTIN class takes every lot of it").isTrue();
        assertThat(SubscriptionQuery.of(Map.of("EQ_destination", List.of("urn:stocktrace:party:8"))).matches(SHIPPING)).isFalse();
        assertThat(SubscriptionQuery.of(Map.of("EQ_bizStep", List.of("receiving"))).matches(SHIPPING)).isFalse();
        assertThat(SubscriptionQuery.of(Map.of()).matches(SHIPPING)).as("no parameter: every event").isTrue();
    }

    @Test
    void refuses_unknown_parameters_too_many_values_and_values_with_spaces_all_at_once() {
        assertThatThrownBy(() -> SubscriptionQuery.of(Map.of("EQ_colour", List.of("red"),
                "EQ_bizStep", java.util.Collections.nCopies(101, "shipping"), "EQ_destination", List.of("a b"))))
                .isInstanceOfSatisfying(StocktraceException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("query.EQ_colour", "query.EQ_bizStep",
                                "query.EQ_destination"));
    }

    @Test
    void signs_the_timestamp_a_dot_and_the_body_with_hmac_sha256_as_a_receiver_recomputes_it() {
        byte[] body = "{\"type\":\"EPCISQueryDocument\"}".getBytes(StandardCharsets.UTF_8);
        // computed apart: python3 hmac.new(b"s3cret", b'1765094400.' + body, hashlib.sha256).hexdigest()
        assertThat(WebhookSignature.sign("s3cret", "1765094400", body)).isEqualTo("sha256=776822e4ed5eb1b031829d09ba1a590dc20b773b78e6a585b2f210a5f9268759");
        assertThat(WebhookSignature.sign("s3cret", "1765094401", body)).isNotEqualTo(WebhookSignature.sign("s3cret", "1765094400", body));
    }

    @Test
    void backs_off_from_ten_seconds_doubling_to_an_hour_at_most() {
        assertThat(List.of(1, 2, 3, 4, 10, 1000).stream().map(n -> SubscriptionDelivery.backoff(n).toSeconds()))
                .containsExactly(10L, 20L, 40L, 80L, 3600L, 3600L);
    }
}
