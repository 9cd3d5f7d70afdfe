package io.stocktrace.epcis;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.catalog.Gtin;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.EpcisSchema;
import io.stocktrace.support.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bakery in EPCIS 2.0: flour and sugar received, dough made from them, cakes (serials) from the dough, a cake
 * shipped, the flour recalled; every document valid against GS1's schema, with the events, EPCs and quantities
 * the ledger holds.
 */
abstract class EpcisTests extends ApiTest {
    private static final String SITE_GLN = withCheckDigit("950600000001");
    private static final String MILL_GLN = withCheckDigit("950600000002");

    private long flour;
    private long dough;
    private long cake;

    private static String withCheckDigit(String digits) {
        return digits + Gtin.checkDigit(digits);
    }

    private long product(String sku, String tracking, String gtin, String uom) {
        var r = admin.post("/api/v1/products", Map.of("sku", sku, "name", sku + " name", "tracking", tracking, "gtin", gtin, "uom", uom));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private void settings(String identifiers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lotsAndSerialNumbers", true);
        body.put("expirationDates", true);
        body.put("gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000", "length", 7)));
        body.put("siteGln", SITE_GLN);
        body.put("epcisIdentifiers", identifiers);
        var r = admin.put("/api/v1/settings", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @BeforeEach
    void bakery() {
        settings("urn");
        flour = product("FLOUR", "lot", "09506000134352", "kg");
        long sugar = product("SUGAR", "lot", "09506000134369", "kg");
        dough = product("DOUGH", "lot", "09506000134376", "kg");
        cake = product("CAKE", "serial", withCheckDigit("0950600013438"), "Units");
        var mill = admin.post("/api/v1/partners", Map.of("name", "Mill Co", "gln", MILL_GLN)).json().path("id").asLong();
        long cafe = given.partner("Cafe Rose");
        given.done(given.transfer("receipt", mill, Scenario.line(flour, "F-1", null, 30)));
        given.done(given.transfer("receipt", null, Scenario.line(sugar, "S-1", null, 10)));
        made(order(dough, 10, "D-1", null, true, component(flour, 8, "F-1", null), component(sugar, 2, "S-1", null)));
        made(order(cake, null, null, List.of("C-1", "C-2"), true, component(dough, 4, "D-1", null)));
        given.done(given.transfer("delivery", cafe, Scenario.line(cake, "C-1", null, 1)));
        assertThat(admin.post("/api/v1/recalls", Map.of("lotId", given.lotId(flour, "F-1"), "reason", "Stones")).status())
                .isEqualTo(201);
    }

    private void made(Map<String, Object> body) {
        var r = admin.post("/api/v1/manufacturing-orders", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private JsonNode document(long lotId, String query) {
        var r = admin.get("/api/v1/lots/" + lotId + "/epcis" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/ld+json");
        assertThat(EpcisSchema.errors(r.json())).as("schema errors").isEmpty();
        return r.json();
    }

    private static List<JsonNode> events(JsonNode document, String type, String bizStep) {
        return document.at("/epcisBody/eventList").valueStream()
                .filter(e -> e.path("type").asString().equals(type) && e.path("bizStep").asString("").equals(bizStep))
                .toList();
    }

    @Test
    void tells_the_upstream_life_of_a_cake_as_valid_epcis_with_its_epcs_and_quantities() {
        JsonNode doc = document(given.lotId(cake, "C-1"), "?direction=upstream");
        assertThat(doc.path("type").asString()).isEqualTo("EPCISDocument");
        assertThat(doc.path("schemaVersion").asString()).isEqualTo("2.0");

        assertThat(events(doc, "ObjectEvent", "commissioning")).hasSize(4)
                .allSatisfy(e -> assertThat(e.path("action").asString()).isEqualTo("ADD"));

        JsonNode received = events(doc, "ObjectEvent", "receiving").stream()
                .filter(e -> e.toString().contains("lgtin:9506000.013435.F-1")).findFirst().orElseThrow();
        assertThat(received.at("/quantityList/0/quantity").asInt()).isEqualTo(30);
        assertThat(received.at("/quantityList/0/uom").asString()).isEqualTo("KGM");
        assertThat(received.at("/sourceList/0/source").asString()).isEqualTo("urn:epc:id:pgln:9506000.00002");
        assertThat(received.at("/bizLocation/id").asString()).isEqualTo("urn:epc:id:sgln:9506000.00001.2");

        List<JsonNode> made = events(doc, "TransformationEvent", "commissioning");
        assertThat(made).hasSize(2);
        assertThat(made.get(0).path("inputQuantityList").valueStream().map(q -> q.path("epcClass").asString() + " " + q.path("quantity").asInt()))
                .containsExactlyInAnyOrder("urn:epc:class:lgtin:9506000.013435.F-1 8", "urn:epc:class:lgtin:9506000.013436.S-1 2");
        assertThat(made.get(0).at("/outputQuantityList/0/epcClass").asString()).isEqualTo("urn:epc:class:lgtin:9506000.013437.D-1");
        assertThat(made.get(1).path("outputEPCList").valueStream().map(JsonNode::asString))
                .containsExactly("urn:epc:id:sgtin:9506000.013438.C-1");

        JsonNode shipped = events(doc, "ObjectEvent", "shipping").get(0);
        assertThat(shipped.path("epcList").valueStream().map(JsonNode::asString)).containsExactly("urn:epc:id:sgtin:9506000.013438.C-1");
        assertThat(shipped.path("disposition").asString()).isEqualTo("in_transit");

        tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode) doc.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.at("/epcisBody/eventList/0")).remove("eventTime");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/epcisBody/eventList/1")).put("bizStep", "urn:epcglobal:cbv:bizstep:receiving");
        assertThat(EpcisSchema.errors(broken)).as("the schema is really applied").isNotEmpty();

        JsonNode recalled = events(doc, "ObjectEvent", "holding").get(0);
        assertThat(recalled.path("disposition").asString()).isEqualTo("recalled");
        assertThat(recalled.toString()).contains("F-1", "D-1", "C-1");
    }

    @Test
    void gives_the_same_event_ids_when_exported_twice_and_only_the_lots_own_events_without_a_direction() {
        long f1 = given.lotId(flour, "F-1");
        JsonNode once = document(f1, "?direction=downstream");
        JsonNode twice = document(f1, "?direction=downstream");
        assertThat(once.at("/epcisBody/eventList").valueStream().map(e -> e.path("eventID").asString()).toList())
                .isEqualTo(twice.at("/epcisBody/eventList").valueStream().map(e -> e.path("eventID").asString()).toList())
                .doesNotHaveDuplicates();

        JsonNode own = document(f1, "");
        assertThat(own.toString()).contains("F-1").doesNotContain("S-1", "C-2");
    }

    @Test
    void writes_digital_link_uris_when_the_settings_ask_for_them() {
        settings("digital-link");
        JsonNode doc = document(given.lotId(dough, "D-1"), "?direction=both");
        assertThat(doc.toString()).contains("https://id.gs1.org/01/09506000134376/10/D-1", "https://id.gs1.org/414/" + SITE_GLN + "/254/2")
                .doesNotContain("urn:epc:");
    }

    private JsonNode query(String parameters) {
        var r = admin.get("/api/v1/epcis/events?" + parameters);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("type").asString()).isEqualTo("EPCISQueryDocument");
        assertThat(EpcisSchema.errors(r.json())).as("schema errors").isEmpty();
        return r.json();
    }

    private static List<String> steps(JsonNode queryDocument) {
        return queryDocument.at("/epcisBody/queryResults/resultsBody/eventList").valueStream()
                .map(e -> e.path("type").asString() + " " + e.path("bizStep").asString("")).toList();
    }

    @Test
    void answers_the_epcis_query_binding_by_epc_class_business_step_and_time_with_pages() {
        String cake1 = "urn:epc:id:sgtin:9506000.013438.C-1";
        assertThat(steps(query("MATCH_anyEPC=" + cake1))).containsExactly("ObjectEvent commissioning",
                "TransformationEvent commissioning", "ObjectEvent shipping", "ObjectEvent holding");
        assertThat(steps(query("MATCH_anyEPC=https://id.gs1.org/01/" + withCheckDigit("0950600013438") + "/21/C-1&EQ_bizStep=shipping")))
                .containsExactly("ObjectEvent shipping");
        assertThat(steps(query("MATCH_epcClass=urn:epc:class:lgtin:9506000.013435.F-1&EQ_bizStep=receiving,https://ref.gs1.org/cbv/BizStep-shipping")))
                .containsExactly("ObjectEvent receiving");
        assertThat(steps(query("MATCH_epcClass=urn:epc:idpat:sgtin:9506000.013435.*"))).hasSize(4);
        assertThat(steps(query("GE_eventTime=2000-01-01T00:00:00Z&LT_eventTime=2000-01-02T00:00:00Z"))).isEmpty();

        var first = admin.get("/api/v1/epcis/events?perPage=5");
        String link = first.headers().get("link");
        assertThat(link).contains("rel=\"next\"", "nextPageToken=");
        String next = link.substring(link.indexOf("/api/v1/"), link.indexOf('>'));
        var second = admin.get(next);
        assertThat(second.status()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        for (var page : List.of(first, second)) {
            page.json().at("/epcisBody/queryResults/resultsBody/eventList").valueStream().forEach(e -> ids.add(e.path("eventID").asString()));
        }
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();

        assertProblem(admin.get("/api/v1/epcis/events?GE_eventTime=yesterday"), 422, "validation-failed", "GE_eventTime");
        assertProblem(admin.get("/api/v1/epcis/events?nextPageToken=abc"), 422, "validation-failed", "nextPageToken");
        assertThat(userWithRole("viewer").get("/api/v1/epcis/events?EQ_bizStep=shipping").status()).isEqualTo(200);
    }

    @Test
    void refuses_what_it_cannot_answer() {
        assertProblem(admin.get("/api/v1/lots/999999/epcis"), 404, "not-found");
        assertProblem(admin.get("/api/v1/lots/" + given.lotId(flour, "F-1") + "/epcis?direction=sideways"), 422,
                "validation-failed", "direction");
        var bad = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "95A")), "siteGln", "1234567890123", "epcisIdentifiers", "xml"));
        assertProblem(bad, 422, "validation-failed");
        assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("gs1CompanyPrefixes[0].prefix", "siteGln", "epcisIdentifiers");
        assertThat(admin.get("/api/v1/settings").json().path("siteGln").asString()).isEqualTo(SITE_GLN);
    }
}
