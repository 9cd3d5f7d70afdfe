package io.stocktrace.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.catalog.Gtin;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.EpcisSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Packing in EPCIS 2.0: flour and cakes put in a case, the case on a pallet, the pallet unpacked; each step an
 * AggregationEvent whose parent is the package's SSCC, every document valid against GS1's schema.
 */
abstract class EpcisPackagingTests extends ApiTest {
    private static final String SITE_GLN = "950600000001" + Gtin.checkDigit("950600000001");
    private final EpcIdentifiers urns = new EpcIdentifiers(List.of("9506000"), true);

    private long flour;
    private long cake;
    private String caseSscc;
    private String palletSscc;
    private long palletId;

    private long product(String sku, String tracking, String gtin, String uom) {
        var r = admin.post("/api/v1/products", Map.of("sku", sku, "name", sku + " name", "tracking", tracking, "gtin", gtin, "uom", uom));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private JsonNode packed(Map<String, Object> body) {
        var r = admin.post("/api/v1/packages/put-in-pack", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @BeforeEach
    void bakeryPacks() {
        var s = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", false, "packages", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000", "length", 7)), "siteGln", SITE_GLN,
                "epcisIdentifiers", "urn"));
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        flour = product("FLOUR", "lot", "09506000134352", "kg");
        cake = product("CAKE", "serial", "0950600013438" + Gtin.checkDigit("0950600013438"), "Units");
        given.receivedLot(flour, "F-1", 30);
        given.receivedSerials(cake, "C-1", "C-2");
        JsonNode intoCase = packed(Map.of("package", Map.of("type", "case", "locationId", 2),
                "lines", List.of(Map.of("productId", flour, "lot", "F-1", "quantity", 5),
                        Map.of("productId", cake, "serials", List.of("C-1", "C-2")))));
        caseSscc = intoCase.at("/pack/name").asString();
        JsonNode ontoPallet = packed(Map.of("package", Map.of("type", "pallet", "locationId", 2),
                "packages", List.of(caseSscc)));
        palletSscc = ontoPallet.at("/pack/name").asString();
        palletId = ontoPallet.at("/pack/id").asLong();
    }

    private JsonNode document(long lotId) {
        var r = admin.get("/api/v1/lots/" + lotId + "/epcis");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(EpcisSchema.errors(r.json())).as("schema errors").isEmpty();
        return r.json();
    }

    private static List<JsonNode> aggregations(JsonNode eventList, String action) {
        return eventList.valueStream().filter(e -> e.path("type").asString().equals("AggregationEvent")
                && e.path("action").asString().equals(action)).toList();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void tells_a_put_in_pack_as_aggregation_events_with_the_sscc_as_parent_and_lots_and_serials_as_children() {
        assertThat(caseSscc).matches("[0-9]{18}");
        JsonNode doc = document(given.lotId(flour, "F-1"));
        List<JsonNode> added = aggregations(doc.at("/epcisBody/eventList"), "ADD");
        assertThat(added).hasSize(2);
        JsonNode intoCase = added.get(0);
        assertThat(intoCase.path("parentID").asString()).isEqualTo(urns.sscc(caseSscc)).startsWith("urn:epc:id:sscc:9506000.");
        assertThat(intoCase.path("bizStep").asString()).isEqualTo("packing");
        assertThat(intoCase.at("/childQuantityList/0/epcClass").asString()).isEqualTo("urn:epc:class:lgtin:9506000.013435.F-1");
        assertThat(intoCase.at("/childQuantityList/0/quantity").asInt()).isEqualTo(5);
        assertThat(intoCase.at("/childQuantityList/0/uom").asString()).isEqualTo("KGM");
        JsonNode ontoPallet = added.get(1);
        assertThat(ontoPallet.path("parentID").asString()).isEqualTo(urns.sscc(palletSscc));
        assertThat(texts(ontoPallet.path("childEPCs"))).containsExactly(urns.sscc(caseSscc));

        JsonNode serial = document(given.lotId(cake, "C-1"));
        JsonNode serialInCase = aggregations(serial.at("/epcisBody/eventList"), "ADD").get(0);
        assertThat(texts(serialInCase.path("childEPCs"))).containsExactly("urn:epc:id:sgtin:9506000.013438.C-1");
        assertThat(serialInCase.has("childQuantityList")).isFalse();
        assertThat(serial.toString()).as("a pack is no storing ObjectEvent").doesNotContain("\"storing\"");
    }

    @Test
    void names_the_outermost_sscc_in_the_shipping_event_of_a_pallet_delivered_whole() {
        long cafe = given.partner("Cafe Rose");
        var draft = admin.post("/api/v1/transfers", Map.of("type", "delivery", "partnerId", cafe,
                "packages", List.of(Map.of("name", palletSscc))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        var done = admin.post("/api/v1/transfers/" + draft.json().path("id").asLong() + "/validate", Map.of());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode shipped = document(given.lotId(cake, "C-1")).at("/epcisBody/eventList").valueStream()
                .filter(e -> e.path("bizStep").asString("").equals("shipping")).findFirst().orElseThrow();
        assertThat(texts(shipped.path("epcList"))).contains("urn:epc:id:sgtin:9506000.013438.C-1", urns.sscc(palletSscc))
                .doesNotContain(urns.sscc(caseSscc));
        var bySscc = admin.get("/api/v1/epcis/events?MATCH_anyEPC=" + urns.sscc(palletSscc) + "&EQ_bizStep=shipping");
        assertThat(bySscc.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(1);
    }

    @Test
    void tells_an_unpack_as_a_delete_and_answers_queries_by_sscc() {
        var r = admin.post("/api/v1/packages/" + palletId + "/unpack", Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode doc = document(given.lotId(flour, "F-1"));
        List<JsonNode> deleted = aggregations(doc.at("/epcisBody/eventList"), "DELETE");
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).path("parentID").asString()).isEqualTo(urns.sscc(palletSscc));
        assertThat(deleted.get(0).path("bizStep").asString()).isEqualTo("unpacking");
        assertThat(texts(deleted.get(0).path("childEPCs"))).containsExactly(urns.sscc(caseSscc));

        var byPallet = admin.get("/api/v1/epcis/events?MATCH_anyEPC=" + urns.sscc(palletSscc));
        assertThat(byPallet.status()).as(byPallet.body()).isEqualTo(200);
        assertThat(EpcisSchema.errors(byPallet.json())).isEmpty();
        JsonNode events = byPallet.json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(events.valueStream().map(e -> e.path("action").asString() + " " + e.path("parentID").asString()))
                .containsExactly("ADD " + urns.sscc(palletSscc), "DELETE " + urns.sscc(palletSscc));

        var byCaseLink = admin.get("/api/v1/epcis/events?MATCH_anyEPC=https://id.gs1.org/00/" + caseSscc + "&EQ_bizStep=packing");
        assertThat(byCaseLink.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(2);
    }
}
