package io.stocktrace.epcis.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The packer's EPCIS events fill the FSMA 204 receiving row of the salad lot it made and shipped to us: its ship-from
 * location and the traceability lot code source where it made the lot; a lot it reported nothing of keeps what our
 * ledger knows.
 */
abstract class CapturedSupplierKdesTests extends ApiTest {
    private static final String PACKING_HOUSE = "urn:epc:id:sgln:9506000.00002.0"; // GLN 9506000000022
    private static final String PACKER_DOCK = "urn:epc:id:sgln:9506000.00003.0"; // GLN 9506000000039
    private static final int PREVIOUS_SOURCE = 10;
    private static final int TLC_SOURCE = 12;

    private long salad;
    private long packer;

    @BeforeEach
    void receipts_from_the_packer() {
        salad = admin.post("/api/v1/products", Map.of("sku", "SALAD", "name", "Salad mix", "tracking", "lot",
                "gtin", "09506000134352", "uom", "kg", "foodTraceabilityList", true)).json().path("id").asLong();
        packer = given.partner("Packer Co");
        given.done(given.transfer("receipt", packer, Scenario.line(salad, "PK-7", null, 10)));
        given.done(given.transfer("receipt", packer, Scenario.line(salad, "PK-8", null, 5)));
    }

    private void captured(long partnerId, Object document) {
        Http.Response accepted = admin.post("/api/v1/epcis/capture?partnerId=" + partnerId, document);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long jobId = accepted.json().path("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode job = admin.get("/api/v1/epcis/capture/" + jobId).json();
        while (job.path("running").asBoolean() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            job = admin.get("/api/v1/epcis/capture/" + jobId).json();
        }
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("success");
    }

    /** The packer made PK-7 at its packing house and shipped it from its dock; another partner shipped it too. */
    private void packerReports() {
        Map<String, Object> made = CaptureDocuments.transformation("urn:uuid:50000000-0000-4000-8000-000000000001",
                "2026-11-02T08:00:00Z", CaptureDocuments.LETTUCE_H1, 50, CaptureDocuments.SALAD_PK7, 40);
        made.put("bizLocation", Map.of("id", PACKING_HOUSE));
        Map<String, Object> shipped = CaptureDocuments.shipping("urn:uuid:50000000-0000-4000-8000-000000000002",
                "2026-11-02T15:00:00Z", CaptureDocuments.SALAD_PK7, 10, CaptureDocuments.PACKER_PARTY,
                CaptureDocuments.OUR_PARTY);
        shipped.put("sourceList", List.of(Map.of("type", "owning_party", "source", CaptureDocuments.PACKER_PARTY),
                Map.of("type", "location", "source", PACKER_DOCK)));
        captured(packer, CaptureDocuments.document(List.of(made, shipped)));
        captured(given.partner("Broker Co"), CaptureDocuments.document(List.of(CaptureDocuments.shipping(
                "urn:uuid:50000000-0000-4000-8000-000000000003", "2026-11-02T16:00:00Z", CaptureDocuments.SALAD_PK7, 10,
                CaptureDocuments.PACKER_PARTY, CaptureDocuments.OUR_PARTY))));
    }

    /** The receiving rows of the salad's spreadsheet, by lot. */
    private Map<String, List<String>> receivingRows() throws IOException {
        Http.Response r = admin.get("/api/v1/reports/fsma204?productId=" + salad);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(r.body())).getRecords()) {
            if (record.get(0).equals("Receiving")) {
                rows.put(record.get(3), record.toList());
            }
        }
        return rows;
    }

    private List<String> missing(String lot) {
        JsonNode report = admin.get("/api/v1/reports/fsma204/completeness?lotId=" + given.lotId(salad, lot)).json();
        return report.path("events").valueStream().filter(e -> e.path("cte").asString().equals("Receiving"))
                .flatMap(e -> e.path("missing").valueStream()).map(JsonNode::asString).toList();
    }

    @Test
    void a_receipt_of_a_lot_the_supplier_reported_shows_its_ship_from_gln_and_tlc_source() throws IOException {
        assertThat(missing("PK-7")).contains("Immediate previous source location description: address, city, country, phone",
                "Traceability lot code source: address, city, country, phone");

        packerReports();

        Map<String, List<String>> rows = receivingRows();
        assertThat(rows.get("PK-7").get(PREVIOUS_SOURCE)).isEqualTo("Packer Co, GLN 9506000000039");
        assertThat(rows.get("PK-7").get(TLC_SOURCE)).isEqualTo("Packer Co, GLN 9506000000022");
        assertThat(missing("PK-7")).noneMatch(m -> m.startsWith("Immediate previous source"))
                .noneMatch(m -> m.startsWith("Traceability lot code source"));
    }

    @Test
    void a_receipt_of_a_lot_without_captured_events_is_unchanged() throws IOException {
        Map<String, List<String>> before = receivingRows();
        List<String> missingBefore = missing("PK-8");

        packerReports();

        assertThat(receivingRows().get("PK-8")).isEqualTo(before.get("PK-8"));
        assertThat(before.get("PK-8").get(PREVIOUS_SOURCE)).isEqualTo("Packer Co");
        assertThat(before.get("PK-8").get(TLC_SOURCE)).isEqualTo("Packer Co");
        assertThat(missing("PK-8")).isEqualTo(missingBefore);
    }

    @Test
    void the_tlc_source_takes_the_description_the_making_event_gives_its_location() throws IOException {
        Map<String, Object> made = CaptureDocuments.transformation("urn:uuid:50000000-0000-4000-8000-000000000004",
                "2026-11-02T08:00:00Z", CaptureDocuments.LETTUCE_H1, 50, CaptureDocuments.SALAD_PK7, 40);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", PACKING_HOUSE);
        location.put("example:name", "Packer Co packing house");
        location.put("example:address", "4 Field Road, Salinas, CA 93901, US, +1 831 555 0100");
        made.put("bizLocation", location);
        captured(given.partner("Farm Co"), CaptureDocuments.document(List.of(made)));

        List<String> row = receivingRows().get("PK-7");
        assertThat(row.get(TLC_SOURCE)).isEqualTo("Packer Co packing house, 4 Field Road, Salinas, CA 93901, US, +1 831 555 0100");
        assertThat(row.get(PREVIOUS_SOURCE)).as("no shipping reported by the vendor").isEqualTo("Packer Co");
    }

    @Test
    void a_lot_packed_on_a_pallet_takes_its_ship_from_from_the_shipping_of_the_pallet() throws IOException {
        captured(given.partner("Green Farm"), CaptureDocuments.farmDocument());
        captured(packer, CaptureDocuments.packerDocument());

        List<String> row = receivingRows().get("PK-7");
        assertThat(row.get(PREVIOUS_SOURCE)).as("the pallet's shipping, read at the packing house").isEqualTo("Packer Co, GLN 9506000000022");
        assertThat(row.get(TLC_SOURCE)).as("where the packer's transformation made PK-7").isEqualTo("Packer Co, GLN 9506000000022");
        assertThat(receivingRows().get("PK-8").get(PREVIOUS_SOURCE)).isEqualTo("Packer Co");
    }

    @Test
    void a_shipping_the_vendor_withdrew_by_an_error_declaration_is_not_read() throws IOException {
        Map<String, Object> shipped = CaptureDocuments.shipping("urn:uuid:50000000-0000-4000-8000-000000000005",
                "2026-11-02T15:00:00Z", CaptureDocuments.SALAD_PK7, 10, CaptureDocuments.PACKER_PARTY,
                CaptureDocuments.OUR_PARTY);
        Map<String, Object> withdrawn = new LinkedHashMap<>(shipped);
        withdrawn.put("errorDeclaration", Map.of("declarationTime", "2026-11-03T08:00:00Z", "reason", "incorrect_data"));
        captured(packer, CaptureDocuments.document(List.of(shipped, withdrawn)));

        assertThat(receivingRows().get("PK-7").get(PREVIOUS_SOURCE)).isEqualTo("Packer Co");
    }

    @Test
    void a_serial_received_from_the_vendor_is_found_by_its_sgtin() throws IOException {
        long melon = admin.post("/api/v1/products", Map.of("sku", "MELON", "name", "Melon", "tracking", "serial",
                "gtin", "09506000134369", "foodTraceabilityList", true)).json().path("id").asLong();
        given.done(given.transfer("receipt", packer, Scenario.line(melon, "SN-1", null, 1)));
        captured(packer, CaptureDocuments.document(List.of(CaptureDocuments.shippingOf(
                "urn:uuid:50000000-0000-4000-8000-000000000006", "2026-11-02T15:00:00Z",
                "https://id.gs1.org/01/09506000134369/21/SN-1", CaptureDocuments.PACKER_PARTY, CaptureDocuments.OUR_PARTY))));

        Http.Response r = admin.get("/api/v1/reports/fsma204?productId=" + melon);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(r.body())).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get(PREVIOUS_SOURCE)).isEqualTo("Packer Co, GLN 9506000000022");
    }
}
