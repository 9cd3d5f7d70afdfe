package io.stocktrace.label;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /packages/{id}/label.pdf}: a logistic label whose GS1-128 symbols scan back to the package and content. */
abstract class PackageLabelTests extends ApiTest {

    private void settings(boolean withPrefix) {
        var r = admin.put("/api/v1/settings", withPrefix
                ? Map.of("lotsAndSerialNumbers", true, "expirationDates", true, "packages", true,
                        "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000", "length", 7)))
                : Map.of("lotsAndSerialNumbers", true, "expirationDates", true, "packages", true, "gs1CompanyPrefixes", List.of()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private long product(String sku, String tracking, String gtin) {
        var r = admin.post("/api/v1/products", Map.of("sku", sku, "name", sku + " name", "tracking", tracking, "gtin", gtin,
                "expiry", Map.of("expirationDays", 10)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private long packed(String type, List<Map<String, Object>> lines) {
        var r = admin.post("/api/v1/packages/put-in-pack", Map.of("package", Map.of("type", type, "locationId", 2),
                "lines", lines));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/pack/id").asLong();
    }

    @Test
    void prints_the_sscc_and_the_content_of_a_pallet_of_one_lot_and_a_scanner_reads_them_back() throws Exception {
        settings(true);
        long milk = product("MILK", "lot", "09506000134352");
        given.receivedLot(milk, "M-1", 50);
        long pallet = packed("pallet", List.of(Map.of("productId", milk, "lot", "M-1", "quantity", 48)));
        String sscc = admin.get("/api/v1/packages/" + pallet).json().path("name").asString();
        String expiry = admin.get("/api/v1/lots/" + given.lotId(milk, "M-1")).json().path("expirationDate").asString();

        Http.Binary pdf = userWithRole("viewer").getBinary("/api/v1/packages/" + pallet + "/label.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        LogisticLabelDecoding.Scanned scanned = LogisticLabelDecoding.scan(pdf.body());
        assertThat(scanned.symbols()).hasSize(2);
        assertThat(scanned.symbols().get(1)).isEqualTo("00" + sscc);
        String content = new io.stocktrace.gs1.Gs1SyntaxEngine(java.time.Clock.systemUTC())
                .parse("]C1" + scanned.joined()).toBracketed(); // (37) needs the (00) beside it: a scanner joins them
        assertThat(content).isEqualTo("(02)09506000134352(17)" + expiry.replace("-", "").substring(2) + "(37)48(10)M-1(00)" + sscc);
        assertThat(scanned.text()).contains("SSCC: " + sscc, "COUNT: 48", "BATCH/LOT: M-1");
    }

    @Test
    void a_case_of_serials_of_one_product_counts_them_and_a_mixed_one_carries_only_its_sscc() throws Exception {
        settings(true);
        long phone = product("PHONE", "serial", "09506000134376");
        long milk = product("MILK", "lot", "09506000134352");
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
        given.receivedLot(milk, "M-1", 5);
        long phones = packed("case", List.of(Map.of("productId", phone, "serials", List.of("SN-1", "SN-2", "SN-3"))));
        LogisticLabelDecoding.Scanned scanned = LogisticLabelDecoding.scan(admin.getBinary("/api/v1/packages/" + phones + "/label.pdf").body());
        assertThat(scanned.symbols().get(0)).startsWith("0209506000134376").contains("373").doesNotContain("10SN");

        given.receivedSerials(phone, "SN-4");
        long mixed = packed("box", List.of(Map.of("productId", phone, "serials", List.of("SN-4")),
                Map.of("productId", milk, "lot", "M-1", "quantity", 2)));
        String sscc = admin.get("/api/v1/packages/" + mixed).json().path("name").asString();
        assertThat(LogisticLabelDecoding.scan(admin.getBinary("/api/v1/packages/" + mixed + "/label.pdf").body()).symbols())
                .containsExactly("00" + sscc);
    }

    @Test
    void says_why_no_label_can_be_printed() {
        settings(false);
        long bolts = product("BOLTS", "lot", "09506000134369");
        given.receivedLot(bolts, "B-1", 5);
        long box = packed("box", List.of(Map.of("productId", bolts, "lot", "B-1", "quantity", 5)));
        assertProblem(admin.get("/api/v1/packages/" + box + "/label.pdf"), 422, "validation-failed", "has no SSCC");
        assertProblem(admin.get("/api/v1/packages/999999/label.pdf"), 404, "not-found");
        assertThat(anonymous().get("/api/v1/packages/" + box + "/label.pdf").status()).isEqualTo(401);
    }
}
