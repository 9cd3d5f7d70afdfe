package io.stocktrace.label;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /lots/{id}/label.pdf}: a label a printer prints and a scanner reads back to the same lot. */
abstract class LabelTests extends ApiTest {

    private long gtinProduct(String sku, String tracking, String gtin) {
        var r = admin.post("/api/v1/products", Map.of("sku", sku, "name", sku + " name", "tracking", tracking, "gtin", gtin,
                "expiry", Map.of("expirationDays", 10)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    @Test
    void prints_a_gs1_datamatrix_label_of_a_lot_that_scans_back_to_its_gtin_expiry_and_lot() throws Exception {
        long milk = gtinProduct("MILK", "lot", "09506000134352");
        given.receivedLot(milk, "M-1", 10);
        long lotId = given.lotId(milk, "M-1");
        String expiry = admin.get("/api/v1/lots/" + lotId).json().path("expirationDate").asString();

        Http.Binary pdf = userWithRole("viewer").getBinary("/api/v1/lots/" + lotId + "/label.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        LabelDecoding.Scanned scanned = LabelDecoding.scan(pdf.body());
        var parsed = admin.post("/api/v1/gs1/parse", Map.of("data", scanned.scanData())).json();
        assertThat(parsed.path("gtin").asString()).isEqualTo("09506000134352");
        assertThat(parsed.path("lot").asString()).isEqualTo("M-1");
        assertThat(parsed.path("expirationDate").asString()).isEqualTo(expiry);
    }

    @Test
    void prints_a_gs1_128_label_of_a_serial() throws Exception {
        long phone = gtinProduct("PHONE", "serial", "09506000134376");
        given.receivedSerials(phone, "SN-7");
        Http.Binary pdf = admin.getBinary("/api/v1/lots/" + given.lotId(phone, "SN-7") + "/label.pdf?symbology=gs1-128");
        assertThat(pdf.status()).isEqualTo(200);
        LabelDecoding.Scanned scanned = LabelDecoding.scan(pdf.body());
        assertThat(scanned.symbologyIdentifier()).isEqualTo("]C1");
        assertThat(scanned.data()).startsWith("0109506000134376").endsWith("21SN-7");
        assertThat(scanned.text()).contains("SN: SN-7");
    }

    @Test
    void says_why_no_label_can_be_printed() {
        long bolts = given.product("BOLTS", "lot");
        given.receivedLot(bolts, "B-1", 5);
        assertProblem(admin.get("/api/v1/lots/" + given.lotId(bolts, "B-1") + "/label.pdf"), 422, "validation-failed",
                "Product BOLTS has no GTIN");

        long milk = gtinProduct("MILK", "lot", "09506000134352");
        given.receivedLot(milk, "LOT 7", 5);
        assertProblem(admin.get("/api/v1/lots/" + given.lotId(milk, "LOT 7") + "/label.pdf"), 422, "validation-failed",
                "'LOT 7' cannot be written as GS1 data");

        assertProblem(admin.get("/api/v1/lots/" + given.lotId(milk, "LOT 7") + "/label.pdf?symbology=qr"), 422,
                "validation-failed", "datamatrix or gs1-128");
        assertProblem(admin.get("/api/v1/lots/999999/label.pdf"), 404, "not-found");
        assertThat(anonymous().get("/api/v1/lots/999999/label.pdf").status()).isEqualTo(401);
    }
}
