package io.stocktrace.report;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The FDA FSMA 204 sortable spreadsheet of a flour lot (on the Food Traceability List) received from a mill into a
 * cold room, made into dough with sugar (not on the list), the dough shipped to a café: checked cell by cell, as
 * CSV and as .xlsx.
 */
abstract class Fsma204Tests extends ApiTest {
    private static final String MILL = "Mill Co, 5 Mill Lane, Springfield, IL 62701, US, +1 217 555 0100";
    private static final String CAFE = "Cafe Rose, 9 Rue Haute, Lyon, 69001, FR, +33 4 00 00 00 00";
    private static final String COLD_ROOM = "WH/Stock/Cold Room, 1 Dock Road, Springfield, IL 62702, US, +1 217 555 0199";

    private long flourLot;
    private long flour;
    private long dough;
    private long cafe;
    private String today;

    private long product(String sku, boolean onTheList) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("sku", sku, "name", sku + " name", "tracking", "lot", "uom", "kg",
                "foodTraceabilityList", onTheList));
        var r = admin.post("/api/v1/products", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private long partner(String name, String address, String city, String region, String postalCode, String country, String phone) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "address", address, "city", city,
                "postalCode", postalCode, "country", country, "phone", phone));
        if (region != null) {
            body.put("region", region);
        }
        var r = admin.post("/api/v1/partners", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    @BeforeEach
    void bakery() {
        today = LocalDate.now(ZoneOffset.UTC).toString();
        flour = product("FLOUR", true);
        long sugar = product("SUGAR", false);
        dough = product("DOUGH", true);
        long mill = partner("Mill Co", "5 Mill Lane", "Springfield", "IL", "62701", "US", "+1 217 555 0100");
        cafe = partner("Cafe Rose", "9 Rue Haute", "Lyon", null, "69001", "FR", "+33 4 00 00 00 00");
        var room = admin.post("/api/v1/locations", Map.of("name", "Cold Room", "parentId", Locations.STOCK, "usage", "internal",
                "address", "1 Dock Road", "city", "Springfield", "region", "IL", "postalCode", "62702", "country", "US",
                "phone", "+1 217 555 0199"));
        assertThat(room.status()).as(room.body()).isEqualTo(201);
        assertThat(room.json().path("city").asString()).isEqualTo("Springfield");
        Map<String, Object> receipt = new LinkedHashMap<>(Map.of("type", "receipt", "partnerId", mill,
                "destinationLocationId", room.json().path("id").asLong(), "lines", List.of(Scenario.line(flour, "F-1", null, 30)),
                "origin", "PO-7"));
        given.done(admin.post("/api/v1/transfers", receipt).json());
        given.done(given.transfer("receipt", null, Scenario.line(sugar, "S-1", null, 10)));
        var made = admin.post("/api/v1/manufacturing-orders", order(dough, 10, "D-1", null, true,
                component(flour, 8, "F-1", null), component(sugar, 2, "S-1", null)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        given.done(given.transfer("delivery", cafe, Scenario.line(dough, "D-1", null, 3)));
        flourLot = given.lotId(flour, "F-1");
    }

    private List<List<String>> expectedRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Receiving", "WH/IN/00001", today, "F-1", "", "FLOUR name", "30", "kg", COLD_ROOM, "", MILL, "", MILL,
                "Purchase order", "PO-7", "", "", "", ""));
        rows.add(row("Transformation", "WH/MO/00001", today, "D-1", "", "DOUGH name", "10", "kg", "WH/Stock", "", "", "",
                "WH/Stock", "Manufacturing order", "WH/MO/00001", "F-1", "FLOUR name", "8", "kg"));
        rows.add(row("Shipping", "WH/OUT/00001", today, "D-1", "", "DOUGH name", "3", "kg", "WH/Stock", "", "", CAFE,
                "WH/Stock", "Delivery note", "WH/OUT/00001", "", "", "", ""));
        return rows;
    }

    private static final String BAKERY = "Bakery Inc, 2 Oven Street, Springfield, IL 62703, US, +1 217 555 0142";
    private static final String SITE_GLN = "0614141000012";

    private void profile() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true, "siteGln", SITE_GLN,
                "siteProfile", Map.of("businessName", "Bakery Inc", "address", "2 Oven Street", "city", "Springfield",
                        "region", "IL", "postalCode", "62703", "country", "us", "phone", "+1 217 555 0142")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().at("/siteProfile/country").asString()).isEqualTo("US");
    }

    @Test
    void carries_the_purchase_order_of_the_receipt_and_our_business_address_and_gln_from_the_site_profile() throws IOException {
        var refused = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "siteProfile", Map.of("businessName", "Bakery Inc", "country", "USA", "phone", "call me")));
        assertProblem(refused, 422, "validation-failed");
        assertThat(io.stocktrace.support.Problems.fields(refused)).containsExactly("siteProfile.country", "siteProfile.phone");
        assertThat(admin.get("/api/v1/settings").json().at("/siteProfile/businessName").isNull()).as("nothing saved").isTrue();
        profile();
        var r = admin.get("/api/v1/reports/fsma204?lotId=" + flourLot);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().get().parse(new StringReader(r.body())).getRecords();
        assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList()).containsExactly(
                row("Receiving", "WH/IN/00001", today, "F-1", "", "FLOUR name", "30", "kg", COLD_ROOM, SITE_GLN, MILL, "",
                        MILL, "Purchase order", "PO-7", "", "", "", ""),
                row("Transformation", "WH/MO/00001", today, "D-1", "", "DOUGH name", "10", "kg", BAKERY, SITE_GLN, "", "",
                        BAKERY, "Manufacturing order", "WH/MO/00001", "F-1", "FLOUR name", "8", "kg"),
                row("Shipping", "WH/OUT/00001", today, "D-1", "", "DOUGH name", "3", "kg", BAKERY, SITE_GLN, "", CAFE,
                        BAKERY, "Delivery note", "WH/OUT/00001", "", "", "", ""));
    }

    @Test
    void names_the_customer_s_order_of_a_delivery_that_has_one() throws IOException {
        Map<String, Object> delivery = new LinkedHashMap<>(Map.of("type", "delivery", "partnerId", cafe, "origin", "SO-9",
                "lines", List.of(Scenario.line(dough, "D-1", null, 2))));
        given.done(admin.post("/api/v1/transfers", delivery).json());
        var r = admin.get("/api/v1/reports/fsma204?lotId=" + given.lotId(dough, "D-1"));
        assertThat(CSVFormat.RFC4180.builder().get().parse(new StringReader(r.body())).getRecords().stream()
                .filter(record -> record.get(0).equals("Shipping")).map(record -> record.get(13) + " " + record.get(14)))
                .containsExactly("Delivery note WH/OUT/00001", "Sales order SO-9");
    }

    @Test
    void the_completeness_report_names_every_required_kde_missing_by_event_until_the_site_profile_is_filled_in() {
        var before = admin.get("/api/v1/reports/fsma204/completeness?lotId=" + flourLot);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().path("complete").asBoolean()).isFalse();
        Map<String, List<String>> gaps = new LinkedHashMap<>();
        before.json().path("events").valueStream().forEach(e -> gaps.put(e.path("cte").asString(),
                e.path("missing").valueStream().map(tools.jackson.databind.JsonNode::asString).toList()));
        assertThat(gaps).containsExactly(
                Map.entry("Receiving", List.of()),
                Map.entry("Transformation", List.of("Transformation location description: address, city, country, phone",
                        "Traceability lot code source: address, city, country, phone")),
                Map.entry("Shipping", List.of("Ship-from location description: address, city, country, phone",
                        "Traceability lot code source: address, city, country, phone")));
        assertThat(before.json().path("missingCount").asInt()).isEqualTo(4);

        profile();
        var after = admin.get("/api/v1/reports/fsma204/completeness?lotId=" + flourLot);
        assertThat(after.json().path("complete").asBoolean()).as(after.body()).isTrue();
        assertThat(after.json().path("events").valueStream().map(e -> e.path("cte").asString()))
                .containsExactly("Receiving", "Transformation", "Shipping");
        assertProblem(admin.get("/api/v1/reports/fsma204/completeness?lotId=999999"), 404, "not-found");
        assertProblem(admin.get("/api/v1/reports/fsma204/completeness"), 422, "validation-failed");
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    @Test
    void lists_every_critical_tracking_event_of_the_flour_and_what_was_made_from_it_cell_by_cell_in_csv() throws IOException {
        var r = admin.get("/api/v1/reports/fsma204?lotId=" + flourLot);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().get().parse(new StringReader(r.body())).getRecords();
        assertThat(records.get(0).toList()).isEqualTo(io.stocktrace.report.Fsma204Row.HEADERS);
        assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList()).isEqualTo(expectedRows());
    }

    @Test
    void gives_the_same_cells_as_a_sortable_xlsx_with_real_dates_and_numbers() throws IOException {
        Http.Binary xlsx = admin.getBinary("/api/v1/reports/fsma204?lotId=" + flourLot + "&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("sortable: a filter on the header").isTrue();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < io.stocktrace.report.Fsma204Row.HEADERS.size(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(cells);
            }
            assertThat(rows.get(0)).isEqualTo(io.stocktrace.report.Fsma204Row.HEADERS);
            assertThat(rows.subList(1, rows.size())).isEqualTo(expectedRows());
            assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }

    @Test
    void reports_a_product_in_a_date_range_and_refuses_what_it_cannot_answer() {
        var product = admin.get("/api/v1/reports/fsma204?productId=" + flour + "&from=" + today + "&to=" + today);
        assertThat(product.body().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))).containsExactly("Receiving", "Transformation");
        var before = admin.get("/api/v1/reports/fsma204?productId=" + flour + "&to=2000-01-01");
        assertThat(before.body().lines()).hasSize(1);

        assertThat(admin.get("/api/v1/reports/fsma204").body().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .as("every lot on the list").containsExactly("Receiving", "Transformation", "Shipping");
        assertProblem(admin.get("/api/v1/reports/fsma204?lotId=" + flourLot + "&format=pdf"), 422, "validation-failed", "format");
        assertProblem(admin.get("/api/v1/reports/fsma204?lotId=999999"), 404, "not-found");
        assertThat(userWithRole("viewer").get("/api/v1/reports/fsma204?lotId=" + flourLot).status()).isEqualTo(200);
    }
}
