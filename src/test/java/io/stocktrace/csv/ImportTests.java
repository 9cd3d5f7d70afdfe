package io.stocktrace.csv;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CSV imports of products, lots and opening stock through POST /imports/{kind}: dry runs, all or nothing. */
abstract class ImportTests extends ApiTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private Http.Response importCsv(String kind, boolean dryRun, String csv) {
        return admin.postRaw("/api/v1/imports/" + kind + "?dryRun=" + dryRun, csv, "text/csv");
    }

    @Test
    void imports_products_creating_new_skus_and_updating_the_cells_given_for_known_ones() {
        long bolt = given.product("BOLT", "none");

        var r = importCsv("products", false, """
                sku,name,tracking,uom,gtin,expiration_days,best_before_days,removal_days,alert_days
                MILK,"Milk, whole 1L",lot,Units,09506000134352,10,7,8,2
                BOLT,Bolt M8,,,,,,,
                """);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/dryRun").asBoolean()).isFalse();
        assertThat(r.at("/rows").asInt()).isEqualTo(2);
        assertThat(r.at("/created").asInt()).isEqualTo(1);
        assertThat(r.at("/updated").asInt()).isEqualTo(1);
        assertThat(r.json().path("problems").isEmpty()).isTrue();
        var milk = admin.get("/api/v1/products?q=MILK").at("/items/0");
        assertThat(milk.path("name").asString()).isEqualTo("Milk, whole 1L");
        assertThat(milk.path("expiry").path("removalDays").asInt()).isEqualTo(8);
        assertThat(admin.get("/api/v1/products/" + bolt).at("/name").asString()).isEqualTo("Bolt M8");
        assertThat(admin.get("/api/v1/products/" + bolt).at("/tracking").asString()).isEqualTo("none");
    }

    @Test
    void a_dry_run_reports_every_problem_with_its_line_and_column_and_writes_nothing() {
        var r = changesNothing(() -> importCsv("products", true, """
                sku,name,tracking,expiration_days
                OK-1,Fine,lot,5
                BAD-1,Bad tracking,batch,
                BAD-2,Bad days,lot,ten

                OK-1,Twice,none,
                """));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/dryRun").asBoolean()).isTrue();
        assertThat(r.at("/rows").asInt()).isEqualTo(4);
        assertThat(r.at("/created").asInt()).isEqualTo(1);
        assertThat(problems(r)).containsExactly("3 tracking", "4 expiration_days", "6 sku");
    }

    @Test
    void one_bad_line_among_10000_lots_leaves_the_database_unchanged_and_the_report_names_that_line() {
        given.product("MILK", "lot");
        StringBuilder csv = new StringBuilder("product_sku,lot,expiration_date\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append("MILK,L").append(i).append(',').append(i == 5_000 ? "2027-02-30" : "2027-01-31").append('\n');
        }

        var r = changesNothing(() -> importCsv("lots", false, csv.toString()));

        assertProblem(r, 422, "validation-failed", "line 5001", "nothing was imported");
        assertThat(problems(r)).containsExactly("5001 expiration_date");
        assertThat(r.at("/problems/0/message").asString()).contains("2027-02-30");
        assertThat(r.at("/rows").asInt()).isEqualTo(10_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lots").query(Long.class).single()).isZero();
    }

    @Test
    void imports_lots_with_their_dates_deriving_the_missing_ones_and_updating_known_lots() {
        var product = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 30, "bestBeforeDays", 5, "removalDays", 3, "alertDays", 7)));
        long milk = product.json().path("id").asLong();
        var known = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "OLD", "expirationDate", "2030-04-09"));

        var r = importCsv("lots", false, """
                product_sku,lot,ref,expiration_date,best_before_date,removal_date,alert_date,note
                MILK,NEW,R-1,2030-06-30,,2030-06-01,,"first line
                second line"
                MILK,OLD,R-2,2030-04-19,,,,
                """);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/created").asInt()).isEqualTo(1);
        assertThat(r.at("/updated").asInt()).isEqualTo(1);
        JsonNode created = lot(milk, "NEW");
        assertThat(created.path("bestBeforeDate").asString()).isEqualTo("2030-06-25");
        assertThat(created.path("removalDate").asString()).isEqualTo("2030-06-01");
        assertThat(created.path("note").asString()).isEqualTo("first line\nsecond line");
        var updated = admin.get("/api/v1/lots/" + known.json().path("id").asLong());
        assertThat(updated.at("/ref").asString()).isEqualTo("R-2");
        assertThat(updated.at("/alertDate").asString()).isEqualTo("2030-04-12");
    }

    @Test
    void refuses_lots_of_unknown_or_untracked_products_bad_names_and_the_same_lot_twice() {
        given.product("MILK", "lot");
        given.product("BOLT", "none");

        var r = changesNothing(() -> importCsv("lots", true, """
                product_sku,lot
                NOPE,L1
                BOLT,L1
                MILK,
                MILK,L1
                MILK,L1
                """));

        assertThat(problems(r)).containsExactly("2 product_sku", "3 product_sku", "4 lot", "6 lot");
        assertThat(r.at("/problems/0/message").asString()).contains("NOPE");
        assertThat(r.at("/problems/3/message").asString()).contains("line 5");
    }

    @Test
    void imports_opening_stock_as_one_inventory_adjustment_in_the_ledger_creating_the_lots_it_names() {
        long bolt = given.product("BOLT", "none");
        long milk = given.product("MILK", "lot");
        long phone = given.product("PHONE", "serial");
        long shelf = given.location("Shelf 1", 2);

        var r = importCsv("stock", false, """
                product_sku,location,lot,quantity
                BOLT,WH/Stock,,120.5
                MILK,WH/Stock/Shelf 1,M-1,40
                MILK,WH/Stock,M-1,2
                PHONE,WH/Stock,SN-1,1
                """);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/created").asInt()).isEqualTo(4);
        long m1 = given.lotId(milk, "M-1");
        var quants = admin.get("/api/v1/lots/" + m1 + "/quants").json().path("items");
        assertThat(quants.findValuesAsString("location")).containsExactly("WH/Stock", "WH/Stock/Shelf 1");
        var moves = admin.get("/api/v1/lots/" + given.lotId(phone, "SN-1") + "/operations").at("/items/0");
        assertThat(moves.path("reference").asString()).isEqualTo("WH/ADJ/00001");
        assertThat(moves.path("type").asString()).isEqualTo("adjustment");
        assertThat(moves.path("sourceLocation").asString()).isEqualTo("Virtual Locations/Inventory adjustment");
        assertThat(jdbc.sql("SELECT SUM(quantity) FROM quants WHERE product_id = :p").param("p", bolt)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("120.5");
        assertThat(shelf).isPositive();
    }

    @Test
    void refuses_stock_rows_that_do_not_fit_their_product_or_location_and_serials_the_ledger_knows() {
        given.product("BOLT", "none");
        given.product("MILK", "lot");
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-OLD");

        var r = changesNothing(() -> importCsv("stock", true, """
                product_sku,location,lot,quantity
                BOLT,WH/Nowhere,,1
                BOLT,WH,,1
                BOLT,Partners/Customers,,1
                MILK,WH/Stock,,5
                BOLT,WH/Stock,L1,5
                PHONE,WH/Stock,SN-1,2
                PHONE,WH/Stock,SN-2,1
                PHONE,WH/Stock,SN-2,1
                PHONE,WH/Stock,SN-OLD,1
                BOLT,WH/Stock,,-3
                """));

        assertThat(problems(r)).containsExactly("2 location", "3 location", "4 location", "5 lot", "6 lot",
                "7 quantity", "9 lot", "10 lot", "11 quantity");
        assertThat(r.at("/problems/7/message").asString()).contains("SN-OLD");
    }

    @Test
    void refuses_a_file_with_unknown_missing_or_repeated_columns_an_unreadable_quote_or_no_header() {
        given.product("MILK", "lot");
        assertThat(problems(importCsv("lots", true, "product_sku,lot,expiry\nMILK,L1,2027-01-01\n")))
                .containsExactly("1 expiry");
        assertThat(problems(importCsv("lots", true, "product_sku,product_sku\n"))).containsExactly("1 product_sku", "1 lot");
        assertThat(problems(importCsv("lots", true, ""))).containsExactly("1 null");
        var quote = importCsv("lots", true, "product_sku,lot\nMILK,L1\nMILK,\"L2\"x\n");
        assertThat(problems(quote)).containsExactly("3 null");
        assertThat(r(quote)).contains("cannot be read");
        assertThat(problems(importCsv("lots", true, "product_sku,lot\nMILK,L1,extra\n"))).containsExactly("2 null");
    }

    @Test
    void an_unknown_kind_is_not_found_and_only_a_manager_imports() {
        assertProblem(importCsv("partners", true, "name\nACME\n"), 404, "not-found", "partners");
        assertProblem(userWithRole("operator").postRaw("/api/v1/imports/lots", "product_sku,lot\n", "text/csv"),
                403, "forbidden");
        assertProblem(anonymous().postRaw("/api/v1/imports/lots", "product_sku,lot\n", "text/csv"), 401, "unauthorized");
    }

    @Test
    void reads_utf8_text_after_a_byte_order_mark() {
        long milk = given.product("MILK", "lot");

        var r = importCsv("lots", false, "\uFEFFproduct_sku,lot\nMILK,Lot-ü\n");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(lot(milk, "Lot-ü").path("name").asString()).isEqualTo("Lot-ü");
    }

    private JsonNode lot(long productId, String name) {
        return admin.get("/api/v1/lots/" + given.lotId(productId, name)).json();
    }

    private static String r(Http.Response r) {
        return r.at("/problems/0/message").asString();
    }

    private static List<String> problems(Http.Response r) {
        return r.json().path("problems").valueStream()
                .map(p -> p.path("line").asInt() + " " + (p.path("field").isNull() || p.path("field").isMissingNode()
                        ? "null" : p.path("field").asString()))
                .toList();
    }
}
