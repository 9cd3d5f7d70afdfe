package io.stocktrace.epcis.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventIndexTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    @Test
    void reads_a_transformation_s_inputs_and_outputs_as_gs1_keys_whether_urn_or_digital_link() {
        var document = CaptureDocuments.document(List.of(CaptureDocuments.transformation("urn:uuid:1", "2026-11-02T08:00:00+01:00",
                "https://id.gs1.org/01/09506000134369/10/H-1", 50, "urn:epc:class:lgtin:9506000.013435.PK-7", 40)));

        EventIndex.Result read = EventIndex.read(tree(document));

        assertThat(read.errors()).isEmpty();
        CapturedEvent event = read.events().get(0);
        assertThat(event.eventTime()).hasToString("2026-11-02T07:00:00Z");
        assertThat(event.epcs()).extracting(CapturedEvent.Epc::role, CapturedEvent.Epc::gtin, CapturedEvent.Epc::lot)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("input-class", "09506000134369", "H-1"),
                        org.assertj.core.groups.Tuple.tuple("output-class", "09506000134352", "PK-7"));
        assertThat(event.epcs().get(0).quantity()).isEqualByComparingTo(new BigDecimal("50"));
    }

    @Test
    void reports_every_error_of_every_event_with_its_place_and_reads_no_event_from_a_broken_one() {
        var document = CaptureDocuments.document(List.of(
                Map.of("type", "ObjectEvent", "eventTime", "yesterday", "eventTimeZoneOffset", "CET", "action", "MOVE"),
                Map.of("type", "SensorEvent"),
                Map.of("type", "ObjectEvent", "eventTime", "2026-11-01T00:00:00Z", "eventTimeZoneOffset", "+00:00",
                        "action", "ADD", "epcList", List.of("x".repeat(1025)),
                        "quantityList", List.of(Map.of("epcClass", "urn:x", "quantity", "ten")))));

        EventIndex.Result read = EventIndex.read(tree(document));

        assertThat(read.events()).isEmpty();
        assertThat(read.errors()).anyMatch(e -> e.startsWith("eventList[0].eventTime:"))
                .anyMatch(e -> e.startsWith("eventList[0].eventTimeZoneOffset:"))
                .anyMatch(e -> e.startsWith("eventList[0].action:"))
                .anyMatch(e -> e.startsWith("eventList[1].type: must be one of"))
                .anyMatch(e -> e.startsWith("eventList[2].epcList[0]: 1 to 1024 characters"))
                .anyMatch(e -> e.startsWith("eventList[2].quantityList[0].quantity: must be a number"));
    }

    @Test
    void gives_an_event_without_event_id_the_hash_of_its_json_so_that_a_repeat_is_known() {
        var event = CaptureDocuments.objectEvent("unused", "2026-11-01T00:00:00Z", "OBSERVE",
                "https://ref.gs1.org/cbv/BizStep-shipping", "urn:epc:class:lgtin:9506000.013435.PK-7", 1);
        event.remove("eventID");

        CapturedEvent first = EventIndex.read(tree(event)).events().get(0);
        CapturedEvent again = EventIndex.read(tree(event)).events().get(0);

        assertThat(first.eventId()).startsWith("ni:///sha-256;").isEqualTo(again.eventId());
        assertThat(first.bizStep()).isEqualTo("shipping");
        assertThat(EventIndex.count(tree(event))).isEqualTo(1);
    }
}
