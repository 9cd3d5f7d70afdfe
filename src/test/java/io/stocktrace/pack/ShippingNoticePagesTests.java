package io.stocktrace.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.PageSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dock's pages: an advance shipping notice uploaded (all or nothing, problems by line), then its pallet found by
 * one scan of its SSCC with the cases on it and their content, received through the receipt form; the scans refused
 * (malformed, a wrong check digit, unknown, received already) write nothing.
 */
abstract class ShippingNoticePagesTests extends PackageFixture {
    static final String PALLET = "106141412345678908";
    static final String CASE_1 = Sscc.of(1, "0614141", 1);
    static final String CASE_2 = Sscc.of(1, "0614141", 2);
    private static final String HEADER = "sscc,type,parent,sku,lot,serial,quantity\n";
    private PageSession page;

    @BeforeEach
    void operator() {
        String name = "dock-" + System.nanoTime();
        admin.post("/api/v1/users", Map.of("username", name, "password", "password-" + name, "role", "operator"));
        page = PageSession.logIn(port, name, "password-" + name);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long receipts() {
        return admin.get("/api/v1/transfers?type=receipt").at("/total").asLong();
    }

    private String notice(int serials) {
        StringBuilder csv = new StringBuilder(HEADER).append(PALLET).append(",pallet,,,,,\n");
        for (int i = 0; i < serials; i++) {
            csv.append(i % 2 == 0 ? CASE_1 : CASE_2).append(",case,").append(PALLET).append(",PHONE,,ASN-")
                    .append(i).append(",\n");
        }
        return csv.append(CASE_2).append(",case,").append(PALLET).append(",MILK,MILK-9,,4\n").toString();
    }

    private JsonNode scan(String typed, int status) {
        HttpResponse<String> r = page.get("/receipts/pallet-scan?sscc=" + enc(typed));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void a_notice_with_mistakes_is_refused_by_line_and_kept_as_typed() {
        long before = receipts();
        String csv = HEADER + PALLET + ",pallet,,,,,\n" + CASE_1 + ",case," + PALLET + ",NOPE,,,1\n"
                + CASE_1 + ",box," + PALLET + ",PHONE,,SN-40,\n";
        var refused = page.post("/receipts/asn", "csv=" + enc(csv));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Line 3, sku").contains("Line 4, type").contains("Nothing was saved")
                .contains(CASE_1 + ",box," + PALLET);
        var blank = page.post("/receipts/asn", "csv=&partnerId=abc");
        assertThat(blank.body()).contains("Choose the notice").contains("Choose one of the list");
        assertThat(receipts()).as("nothing was saved").isEqualTo(before);
    }

    @Test
    void one_scan_of_the_pallet_fills_the_receipt_with_its_cases_and_their_content() {
        var uploaded = page.post("/receipts/asn", "csv=" + enc(notice(20)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String redirect = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).contains("/transfers/");
        String asn = redirect.substring(redirect.indexOf("/transfers/"));
        assertThat(page.get(asn + "/edit").body()).as("the notice's draft, edited, keeps its packages and nesting")
                .contains(CASE_1 + "\tcase\t" + PALLET, "value=\"" + CASE_2 + "\"");

        JsonNode pallet = scan("(00)" + PALLET, 200);
        assertThat(pallet.path("packages").findValuesAsString("name")).containsExactly(PALLET, CASE_1, CASE_2);
        assertThat(pallet.path("packages").get(1).path("parent").asString()).isEqualTo(PALLET);
        assertThat(pallet.path("rows").size()).isEqualTo(3);
        assertThat(scan(PALLET, 200).path("rows").size()).as("the bare 18 digits").isEqualTo(3);
        assertThat(scan("(00)" + CASE_1, 200).path("packages").size()).as("a case alone").isEqualTo(1);

        StringBuilder form = new StringBuilder("packageTree=");
        StringBuilder tree = new StringBuilder();
        pallet.path("packages").forEach(p -> tree.append(p.path("name").asString()).append('\t')
                .append(p.path("type").asString()).append('\t')
                .append(p.path("parent").isNull() ? "" : p.path("parent").asString()).append('\n'));
        form.append(enc(tree.toString()));
        for (JsonNode r : pallet.path("rows")) {
            form.append("&productId=").append(r.path("productId").asLong())
                    .append("&lot=").append(enc(r.path("lot").isNull() ? "" : r.path("lot").asString()))
                    .append("&serials=").append(enc(r.path("serials").isNull() ? "" : r.path("serials").asString()))
                    .append("&quantity=").append(r.path("quantity").asString())
                    .append("&expirationDate=&package=").append(r.path("pack").asString());
        }
        var created = page.post("/receipts", form.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var done = admin.post("/api/v1/transfers/" + id + "/validate", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        var received = admin.get("/api/v1/packages/by-name?name=" + PALLET);
        assertThat(received.at("/type").asString()).isEqualTo("pallet");
        assertThat(received.at("/totalQuantity").decimalValue()).isEqualByComparingTo("24");
        assertThat(received.json().path("packages").findValuesAsString("name")).containsExactly(CASE_1, CASE_2);
        assertThat(page.get("/transfers/" + id + "/packages").body()).contains(PALLET, CASE_1, "10 serial numbers",
                "MILK-9");

        assertThat(scan("(00)" + PALLET, 422).path("problem").asString()).containsIgnoringCase("received already");
    }

    @Test
    void a_malformed_wrong_or_unknown_scan_is_named_and_writes_nothing() {
        long before = receipts();
        assertThat(scan("(00)106141412345678907", 422).path("problem").asString()).containsIgnoringCase("check digit should be 8");
        assertThat(scan("106141412345678907", 422).path("problem").asString()).containsIgnoringCase("check digit");
        assertThat(scan("(00)12345", 422).path("problem").asString()).containsIgnoringCase("18 digits");
        assertThat(scan("<script>alert(1)</script>", 422).path("problem").asString()).containsIgnoringCase("is not an SSCC");
        assertThat(scan("9".repeat(5000), 422).path("problem").asString()).containsIgnoringCase("at most");
        assertThat(scan("", 422).path("problem").asString()).containsIgnoringCase("required");
        assertThat(scan(PALLET, 422).path("problem").asString()).containsIgnoringCase("no open receipt");
        assertThat(receipts()).isEqualTo(before);
    }

    @Test
    void a_delivery_picks_a_pallet_shows_what_it_holds_keeps_it_when_edited_and_what_it_moved_once_done() {
        var packed = admin.post("/api/v1/packages/put-in-pack", Map.of("package", Map.of("type", "pallet",
                "locationId", io.stocktrace.location.Locations.STOCK), "lines",
                java.util.List.of(io.stocktrace.support.Scenario.line(phone, null, java.util.List.of("SN-1", "SN-2"), null))));
        assertThat(packed.status()).as(packed.body()).isEqualTo(201);
        String name = packed.at("/pack/name").asString();
        long packageId = packed.at("/pack/id").asLong();

        assertThat(page.get("/packages/choices?sourceLocationId=" + io.stocktrace.location.Locations.STOCK).body())
                .contains("value=\"" + name + "\"");
        assertThat(page.get("/packages/choices?sourceLocationId=abc").body()).doesNotContain("<select");
        assertThat(page.get("/packages/preview?packages=" + enc(name + "\nNO-SUCH,<b>x</b>")).body())
                .contains(name, "2 serial numbers", "No package of that name.", "&lt;b&gt;x&lt;/b&gt;");

        var refused = page.post("/deliveries", "packages=" + enc("NO-SUCH"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("no package named").contains(">NO-SUCH</textarea>");
        var created = page.post("/deliveries", "packages=" + enc(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page.get("/transfers/" + id + "/edit").body()).as("the draft's form keeps its package")
                .contains(name + "</textarea>");
        assertThat(page.get("/transfers/" + id + "/packages").body()).contains("/packages/" + packageId, "2 serial numbers");

        var done = admin.post("/api/v1/transfers/" + id + "/validate", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(page.get("/transfers/" + id + "/packages").body()).as("what the delivery moved in it")
                .contains(name, "2 serial numbers", "SN-1");
    }

    @Test
    void a_hostile_package_tree_on_the_receipt_form_is_refused_as_typed_and_writes_nothing() {
        long before = receipts();
        String row = "&productId=" + milk + "&lot=M-1&quantity=2&package=";
        var cycle = page.post("/receipts", "packageTree=" + enc("A\tpallet\tB\nB\tcase\tA\n") + row + "A");
        assertThat(cycle.statusCode()).isEqualTo(200);
        assertThat(cycle.body()).contains("id=\"packageTree-problem\"", "leads back to A");
        var unknownParent = page.post("/receipts", "packageTree=" + enc("A\tpallet\tNOWHERE\n") + row + "A");
        assertThat(unknownParent.statusCode()).isEqualTo(200);
        assertThat(unknownParent.body()).contains("NOWHERE");
        var hugeType = page.post("/receipts", "packageTree=" + enc("A\t" + "x".repeat(5000) + "\t\n") + row + "A");
        assertThat(hugeType.statusCode()).isEqualTo(200);
        assertThat(hugeType.body()).contains("at most 64 characters");
        var badSscc = page.post("/receipts", "packageTree=" + enc("106141412345678907\tpallet\t\n<script>\n")
                + row + "106141412345678907");
        assertThat(badSscc.statusCode()).isEqualTo(200);
        assertThat(badSscc.body()).contains("check digit").doesNotContain("<script>\n");
        assertThat(receipts()).as("nothing was saved").isEqualTo(before);
    }
}
