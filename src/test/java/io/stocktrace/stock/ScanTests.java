package io.stocktrace.stock;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transfer lines from scanned GS1 codes: the GTIN finds the product, the code fills lot, serial and dates. */
abstract class ScanTests extends ApiTest {
    private long milk;
    private long phone;

    @BeforeEach
    void products() {
        milk = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot", "gtin", "9506000134352"))
                .json().path("id").asLong();
        phone = admin.post("/api/v1/products", Map.of("sku", "PHONE", "name", "Phone", "tracking", "serial", "gtin", "09506000134376"))
                .json().path("id").asLong();
    }

    private static Map<String, Object> receipt(Object... lines) {
        return Map.of("type", "receipt", "lines", List.of(lines));
    }

    @Test
    void a_receipt_of_scanned_codes_finds_the_products_and_fills_lot_serial_and_expiry() {
        var r = admin.post("/api/v1/transfers", receipt(
                Map.of("scan", "(01)09506000134352(17)270131(10)M-7", "quantity", 12),
                Map.of("scan", "https://id.gs1.org/01/09506000134376/21/SN-9"),
                Map.of("scan", "]C1010950600013435210M-8\u001d3012")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("lines").valueStream().map(l -> l.path("productId").asLong() + " " + l.path("lot").asString()
                + " " + l.path("quantity").asInt())).containsExactly(milk + " M-7 12", phone + " SN-9 1", milk + " M-8 12");
        given.done(r.json());
        var lot = admin.get("/api/v1/lots/" + given.lotId(milk, "M-7")).json();
        assertThat(lot.path("expirationDate").asString()).isEqualTo("2027-01-31");
    }

    @Test
    void a_scan_that_names_no_product_or_contradicts_its_line_is_refused_on_that_line_and_changes_nothing() {
        var unknown = changesNothing(() -> admin.post("/api/v1/transfers", receipt(Map.of("scan", "(01)09506000134369(10)X", "quantity", 1))));
        assertProblem(unknown, 422, "validation-failed");
        assertThat(unknown.body()).contains("lines[0].scan", "GTIN 09506000134369 belongs to no product");

        var otherLot = changesNothing(() -> admin.post("/api/v1/transfers", receipt(
                Map.of("productId", milk, "quantity", 1, "lot", "M-1"),
                Map.of("scan", "(01)09506000134352(10)M-7", "lot", "M-8", "quantity", 1))));
        assertProblem(otherLot, 422, "validation-failed");
        assertThat(otherLot.body()).contains("lines[1].lot", "the scan says 'M-7', the line says 'M-8'");

        var otherProduct = changesNothing(() -> admin.post("/api/v1/transfers", receipt(
                Map.of("scan", "(01)09506000134352(10)M-7", "productId", phone, "quantity", 1))));
        assertThat(otherProduct.body()).contains("lines[0].productId", "the scan is product MILK");

        var serialOnLot = changesNothing(() -> admin.post("/api/v1/transfers", receipt(Map.of("scan", "(01)09506000134352(21)S-1"))));
        assertThat(serialOnLot.body()).contains("lines[0].scan", "not tracked by serial number");

        long bolt = admin.post("/api/v1/products", Map.of("sku", "BOLT", "name", "Bolt", "tracking", "none", "gtin", "09506000134383"))
                .json().path("id").asLong();
        var lotOnUntracked = changesNothing(() -> admin.post("/api/v1/transfers", receipt(
                Map.of("scan", "(01)09506000134383(10)B-1", "quantity", 5))));
        assertThat(lotOnUntracked.body()).contains("lines[0].scan", "product BOLT is not tracked by lot: (10) does not fit");
        assertThat(admin.post("/api/v1/transfers", receipt(Map.of("scan", "(01)09506000134383(30)5"))).json()
                .path("lines").path(0).path("productId").asLong()).isEqualTo(bolt);

        var garbage = changesNothing(() -> admin.post("/api/v1/transfers", receipt(Map.of("scan", "(01)0950600013435"))));
        assertProblem(garbage, 422, "validation-failed");
        assertThat(garbage.body()).contains("lines[0].scan", "not GS1 data a scanner reads");
    }
}
