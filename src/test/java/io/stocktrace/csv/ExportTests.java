package io.stocktrace.csv;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /exports/{kind}.csv: the columns of the import, the lot list's filters, and a file the import reads back. */
abstract class ExportTests extends ApiTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void exports_the_lot_list_with_its_filters_in_the_columns_of_the_lots_import() {
        long milk = given.product("MILK", "lot");
        receive(milk, "OLD, \"quoted\"", today.minusDays(1));
        receive(milk, "FRESH", today.plusDays(30));

        var expired = userWithRole("viewer").get("/api/v1/exports/lots.csv?expired=true");

        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.contentType()).startsWith("text/csv");
        assertThat(expired.headers().get("content-disposition")).contains("lots.csv");
        assertThat(expired.body().lines().toList()).containsExactly(
                "product_sku,lot,ref,expiration_date,best_before_date,removal_date,alert_date,note",
                "MILK,\"OLD, \"\"quoted\"\"\",," + today.minusDays(1) + ",,,,");
        assertThat(admin.get("/api/v1/exports/lots.csv?productId=" + milk).body().lines()).hasSize(3);
        assertThat(admin.get("/api/v1/exports/lots.csv?productId=" + (milk + 1)).body().lines()).hasSize(1);
    }

    @Test
    void exported_products_lots_and_stock_import_back_unchanged() {
        var product = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 30, "alertDays", 7)));
        long milk = product.json().path("id").asLong();
        given.product("BOLT", "none");
        given.receivedLot(milk, "L1", 12.5);

        for (String kind : new String[] {"products", "lots"}) {
            String csv = admin.get("/api/v1/exports/" + kind + ".csv").body();
            var again = changesNothing(() -> admin.postRaw("/api/v1/imports/" + kind, csv, "text/csv"));
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.at("/created").asInt()).as(kind).isZero();
            assertThat(again.at("/updated").asInt()).as(kind).isZero();
        }
        assertThat(admin.get("/api/v1/exports/products.csv").body().lines().toList()).containsExactly(
                "sku,name,tracking,uom,gtin,expiration_days,best_before_days,removal_days,alert_days",
                "BOLT,BOLT name,none,Units,,,,,",
                "MILK,Milk,lot,Units,,30,,,7");
        assertThat(admin.get("/api/v1/exports/stock.csv").body().lines().toList()).containsExactly(
                "product_sku,location,lot,quantity", "MILK,WH/Stock,L1,12.5");
    }

    @Test
    void an_unknown_kind_is_not_found_and_a_bad_filter_is_refused() {
        assertProblem(admin.get("/api/v1/exports/partners.csv"), 404, "not-found", "partners");
        assertProblem(admin.get("/api/v1/exports/lots.csv?status=lost"), 422, "validation-failed", "status");
        assertProblem(admin.get("/api/v1/exports/lots.csv?expiresBefore=soon"), 422, "validation-failed");
        assertProblem(anonymous().get("/api/v1/exports/lots.csv"), 401, "unauthorized");
    }

    private void receive(long product, String lot, LocalDate expiration) {
        Map<String, Object> l = new LinkedHashMap<>(line(product, lot, null, 1));
        l.put("expirationDate", expiration.toString());
        given.done(given.transfer("receipt", null, l));
    }
}
