package io.stocktrace.pack;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.Http;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Packages in transfers: received with their content and nesting, moved and delivered whole. */
abstract class PackageTransfersTests extends PackageFixture {
    static final String PALLET = "106141412345678908";
    static final String CASE_1 = Sscc.of(1, "0614141", 1);
    static final String CASE_2 = Sscc.of(1, "0614141", 2);

    protected static Map<String, Object> pkg(String name, String type, String parent, List<Map<String, Object>> lines) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("type", type);
        if (parent != null) {
            p.put("parent", parent);
        }
        if (lines != null) {
            p.put("lines", lines);
        }
        return p;
    }

    protected Http.Response receipt(List<Map<String, Object>> packages) {
        return admin.post("/api/v1/transfers", Map.of("type", "receipt", "packages", packages));
    }

    protected Http.Response transferOf(String type, Long destination, String... packages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        if (destination != null) {
            body.put("destinationLocationId", destination);
        }
        body.put("packages", java.util.Arrays.stream(packages).map(n -> Map.of("name", n)).toList());
        return admin.post("/api/v1/transfers", body);
    }

    protected Http.Response validate(Http.Response draft) {
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return admin.post("/api/v1/transfers/" + draft.at("/id").asLong() + "/validate", null);
    }

    /** A pallet of two cases: serials SN-10..SN-12 and 3 of lot MILK-2 in the first, SN-13 and 5 bolts in the second. */
    protected Http.Response receivePallet() {
        var done = validate(receipt(List.of(pkg(PALLET, "pallet", null, null),
                pkg(CASE_1, "case", PALLET, List.of(line(phone, null, List.of("SN-10", "SN-11", "SN-12"), null),
                        line(milk, "MILK-2", null, 3))),
                pkg(CASE_2, "case", PALLET, List.of(line(phone, "SN-13", null, null), line(bolts, null, null, 5))))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return done;
    }

    @Test
    void a_receipt_brings_a_pallet_of_cases_with_their_content_and_nesting() {
        var done = receivePallet();

        assertThat(done.at("/state").asString()).isEqualTo("done");
        assertThat(done.json().path("packages").valueStream().map(n -> n.asString()).toList())
                .containsExactly(PALLET, CASE_1, CASE_2);
        var pallet = admin.get("/api/v1/packages/by-name?name=" + PALLET);
        assertThat(pallet.at("/type").asString()).isEqualTo("pallet");
        assertThat(pallet.at("/sscc").asBoolean()).isTrue();
        assertThat(pallet.at("/location").asString()).isEqualTo("WH/Stock");
        assertThat(pallet.at("/totalQuantity").decimalValue()).isEqualByComparingTo("12");
        assertThat(pallet.json().path("packages").findValuesAsString("name")).containsExactly(CASE_1, CASE_2);
        assertThat(pallet.at("/packages/0/items").findValuesAsString("lot")).containsExactly("MILK-2", "SN-10",
                "SN-11", "SN-12");
        long sn10 = given.lotId(phone, "SN-10");
        assertThat(admin.get("/api/v1/lots/" + sn10 + "/operations").at("/items/0/type").asString()).isEqualTo("receipt");
    }

    @Test
    void a_receipt_of_packages_is_all_or_nothing_with_each_problem_at_its_field() {
        created("TAKEN", "box");

        var badCheckDigit = refused(() -> receipt(List.of(pkg(PALLET, "pallet", null, null),
                pkg("106141412345678900", "case", PALLET, List.of(line(phone, "SN-20", null, null))))));
        assertProblem(badCheckDigit, 422, "validation-failed", "check digit should be 8");
        assertThat(fields(badCheckDigit)).containsExactly("packages[1].name");
        var duplicate = refused(() -> receipt(List.of(pkg("TAKEN", "pallet", null, List.of(line(bolts, null, null, 1))))));
        assertProblem(duplicate, 409, "duplicate-package-name", "TAKEN");
        assertThat(fields(duplicate)).containsExactly("packages[0].name");
        var noParent = refused(() -> receipt(List.of(pkg(CASE_1, "case", PALLET, List.of(line(bolts, null, null, 1))))));
        assertThat(fields(assertProblem(noParent, 422, "validation-failed"))).containsExactly("packages[0].parent");
        var inStock = refused(() -> receipt(List.of(pkg(CASE_1, "case", null, List.of(line(phone, "SN-1", null, null))))));
        assertProblem(inStock, 409, "serial-already-in-stock", "SN-1");
        var cycle = refused(() -> receipt(List.of(pkg("A", "case", "B", null), pkg("B", "case", "A", null))));
        assertProblem(cycle, 422, "package-cycle");
        // a draft whose package name was taken after it was saved is refused whole when validated
        var draft = receipt(List.of(pkg("LATER", "case", null, List.of(line(phone, "SN-30", null, null)))));
        created("LATER", "box");
        assertProblem(refused(() -> admin.post("/api/v1/transfers/" + draft.at("/id").asLong() + "/validate", null)),
                409, "duplicate-package-name", "LATER");
    }

    @Test
    void an_internal_transfer_moves_the_pallet_with_its_cases_and_content_and_a_delivery_ships_it_whole() {
        receivePallet();
        long shelf = given.location("Shelf", Locations.STOCK);

        var moved = validate(admin.post("/api/v1/transfers", Map.of("type", "internal", "sourceLocationId",
                Locations.STOCK, "destinationLocationId", shelf, "packages", List.of(Map.of("name", PALLET)))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        var pallet = admin.get("/api/v1/packages/by-name?name=" + PALLET);
        assertThat(pallet.at("/location").asString()).isEqualTo("WH/Stock/Shelf");
        assertThat(pallet.at("/packages/1/location").asString()).isEqualTo("WH/Stock/Shelf");
        assertThat(pallet.at("/totalQuantity").decimalValue()).isEqualByComparingTo("12");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NOT NULL AND location_id = :s")
                .param("s", shelf).query(Long.class).single()).isEqualTo(6);

        var shipped = validate(transferOf("delivery", null, PALLET));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().path("lines").size()).isEqualTo(6);
        assertThat(admin.get("/api/v1/packages/by-name?name=" + PALLET).at("/location").asString())
                .isEqualTo("Partners/Customers");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NOT NULL").query(Long.class).single())
                .isZero();
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "MILK-2")).at("/quantityOnHand").decimalValue())
                .isZero();
    }

    @Test
    void a_package_that_is_not_in_the_source_or_holds_a_blocked_lot_is_not_shipped() {
        receivePallet();
        long shelf = given.location("Shelf", Locations.STOCK);
        var fromShelf = admin.post("/api/v1/transfers", Map.of("type", "delivery", "sourceLocationId", shelf,
                "packages", List.of(Map.of("name", PALLET))));
        assertThat(fields(assertProblem(fromShelf, 422, "validation-failed", "WH/Stock"))).containsExactly(
                "packages[0].name");
        assertProblem(admin.post("/api/v1/transfers", Map.of("type", "delivery", "packages",
                List.of(Map.of("name", "NOPE")))), 422, "validation-failed", "NOPE");
        var draft = transferOf("delivery", null, CASE_1);
        long lot = given.lotId(milk, "MILK-2");
        assertThat(admin.post("/api/v1/lots/" + lot + "/quarantine", Map.of("reason", "Sample")).status()).isEqualTo(200);

        assertProblem(refused(() -> validate(draft)), 409, "lot-blocked", "MILK-2");
    }

    @Test
    void nested_packs_are_shipped_returned_whole_and_unpacked_and_verify_finds_the_ledger_sound() {
        long pallet = created("PALLET-1", "pallet");
        long box = created("CASE-1", "case");
        assertThat(pack(box, List.of(line(phone, null, List.of("SN-1", "SN-2"), null), line(milk, "MILK-1", null, 4)),
                null).status()).isEqualTo(201);
        assertThat(pack(pallet, List.of(line(bolts, null, null, 10)), List.of("CASE-1")).status()).isEqualTo(201);
        long customer = given.partner("Hotel");
        var delivery = admin.post("/api/v1/transfers", Map.of("type", "delivery", "partnerId", customer,
                "packages", List.of(Map.of("name", "PALLET-1"))));
        var shipped = validate(delivery);
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);

        var tooEarly = refused(() -> admin.post("/api/v1/transfers/" + delivery.at("/id").asLong() + "/return",
                Map.of("packages", List.of("NOPE"))));
        assertThat(fields(assertProblem(tooEarly, 422, "validation-failed"))).containsExactly("packages[0]");
        var draft = admin.post("/api/v1/transfers/" + delivery.at("/id").asLong() + "/return",
                Map.of("packages", List.of("PALLET-1")));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().path("packages").valueStream().map(n -> n.asString()).toList())
                .containsExactly("PALLET-1");
        var back = admin.post("/api/v1/transfers/" + draft.at("/id").asLong() + "/validate", null);
        assertThat(back.status()).as(back.body()).isEqualTo(200);

        var returned = admin.get("/api/v1/packages/" + pallet);
        assertThat(returned.at("/location").asString()).isEqualTo("WH/Stock");
        assertThat(returned.at("/totalQuantity").decimalValue()).isEqualByComparingTo("16");
        assertThat(returned.at("/packages/0/items").findValuesAsString("lot")).containsExactly("MILK-1", "SN-1", "SN-2");
        assertThat(admin.post("/api/v1/packages/" + box + "/unpack", null).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/packages/" + pallet + "/unpack", null).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NOT NULL").query(Long.class).single())
                .isZero();
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "MILK-1")).at("/quantityOnHand").decimalValue())
                .isEqualByComparingTo("10");
        // verify runs after every test of this class (LedgerStaysSound): quants equal the ledger, chain intact
    }

    @Test
    void a_lots_trace_and_its_recall_name_the_case_and_the_pallet_it_was_shipped_in() {
        receivePallet();
        long hotel = given.partner("Hotel");
        var shipped = validate(admin.post("/api/v1/transfers", Map.of("type", "delivery", "partnerId", hotel,
                "packages", List.of(Map.of("name", PALLET)))));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        long milkLot = given.lotId(milk, "MILK-2");

        var trace = admin.get("/api/v1/lots/" + milkLot + "/trace?direction=downstream");
        assertThat(trace.status()).as(trace.body()).isEqualTo(200);
        var delivery = trace.json().path("operations").valueStream()
                .filter(o -> o.path("type").asString().equals("delivery")).findFirst().orElseThrow();
        assertThat(delivery.path("packages").valueStream().map(n -> n.asString()).toList())
                .containsExactly(CASE_1, PALLET);
        var receipt = trace.json().path("operations").valueStream()
                .filter(o -> o.path("type").asString().equals("receipt")).findFirst().orElseThrow();
        assertThat(receipt.path("packages").valueStream().map(n -> n.asString()).toList())
                .containsExactly(CASE_1, PALLET);

        var recall = admin.post("/api/v1/recalls", Map.of("lotId", milkLot, "reason", "Listeria"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        var customers = admin.get("/api/v1/recalls/" + recall.at("/id").asLong());
        var customer = customers.json().path("customers").get(0);
        assertThat(customer.path("name").asString()).isEqualTo("Hotel");
        assertThat(customer.path("packages").valueStream().map(n -> n.asString()).toList())
                .containsExactly(CASE_1, PALLET);
    }

    @Test
    void an_advance_shipping_notice_in_csv_brings_a_pallet_by_one_upload_or_nothing_with_each_problem_on_its_line() {
        String header = "sscc,type,parent,sku,lot,serial,quantity\n";
        String pallet = PALLET + ",pallet,,,,,\n";
        var bad = refused(() -> admin.postRaw("/api/v1/receipts/asn", header + pallet
                + CASE_1 + ",case," + PALLET + ",NOPE,,,1\n"
                + CASE_1 + ",box," + PALLET + ",PHONE,,SN-40,\n", "text/csv"));
        assertProblem(bad, 422, "validation-failed");
        assertThat(fields(bad)).containsExactly("line 3.sku", "line 4.type");
        var inStock = refused(() -> admin.postRaw("/api/v1/receipts/asn", header + pallet
                + CASE_1 + ",case," + PALLET + ",PHONE,,SN-40,\n"
                + CASE_1 + ",case," + PALLET + ",PHONE,,SN-1,\n", "text/csv"));
        assertProblem(inStock, 409, "serial-already-in-stock", "SN-1");
        assertThat(fields(inStock)).containsExactly("line 4");

        StringBuilder csv = new StringBuilder(header).append(pallet);
        for (int i = 0; i < 2000; i++) {
            csv.append(i < 1000 ? CASE_1 : CASE_2).append(",case,").append(PALLET).append(",PHONE,,ASN-").append(i)
                    .append(",\n");
        }
        csv.append(CASE_2).append(",case,").append(PALLET).append(",MILK,MILK-9,,4\n");
        var draft = admin.postRaw("/api/v1/receipts/asn", csv.toString(), "text/csv");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().path("packages").size()).isEqualTo(3);
        var done = admin.post("/api/v1/transfers/" + draft.at("/id").asLong() + "/validate", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        var received = admin.get("/api/v1/packages/by-name?name=" + PALLET);
        assertThat(received.at("/totalQuantity").decimalValue()).isEqualByComparingTo("2004");
        assertThat(received.at("/packages/0/items").size()).isEqualTo(1000);
    }
}
