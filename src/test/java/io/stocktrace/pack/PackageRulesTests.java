package io.stocktrace.pack;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.stock.LedgerCheck;
import io.stocktrace.support.Http;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of loose stock hold for what packages hold (issue 19): a delivery of a package refuses an expired lot
 * inside unless it allows it, any transfer refuses a quarantined or recalled one (a return excepted); Check
 * Availability of a draft naming a package reserves its content, so no other transfer takes it until unreserved.
 */
abstract class PackageRulesTests extends PackageFixture {
    @Autowired
    private LedgerCheck ledger;

    protected long box;
    protected long pallet;

    /** BOX holds SN-1, SN-2 and 4 of MILK-1; PALLET holds BOX and 10 bolts. */
    protected void palletOfABox() {
        box = created("BOX", "case");
        pallet = created("PALLET", "pallet");
        assertThat(pack(box, List.of(line(phone, null, List.of("SN-1", "SN-2"), null), line(milk, "MILK-1", null, 4)),
                null).status()).isEqualTo(201);
        assertThat(pack(pallet, List.of(line(bolts, null, null, 10)), List.of("BOX")).status()).isEqualTo(201);
    }

    protected Http.Response draft(String type, Map<String, Object> more, String... packages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.putAll(more);
        body.put("packages", java.util.Arrays.stream(packages).map(n -> Map.of("name", n)).toList());
        var r = admin.post("/api/v1/transfers", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    protected Http.Response act(Http.Response transfer, String action) {
        return admin.post("/api/v1/transfers/" + transfer.at("/id").asLong() + "/" + action, null);
    }

    /** Per package id, the quantity its quants hold reserved. */
    protected Map<Long, String> reservedByPackage() {
        Map<Long, String> reserved = new HashMap<>();
        jdbc.sql("SELECT package_id, SUM(reserved_quantity) FROM quants WHERE package_id IS NOT NULL GROUP BY package_id")
                .query((rs, n) -> reserved.put(rs.getLong(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString()))
                .list();
        return reserved;
    }

    @Test
    void a_package_holding_an_expired_lot_is_delivered_only_when_the_delivery_allows_it_and_moved_inside_freely() {
        var receipt = admin.post("/api/v1/transfers", Map.of("type", "receipt", "lines", List.of(withExpiry(
                line(milk, "MILK-OLD", null, 6), "2020-01-31"))));
        assertThat(given.done(receipt.json()).path("state").asString()).isEqualTo("done");
        long old = created("OLD-BOX", "box");
        assertThat(pack(old, List.of(line(milk, "MILK-OLD", null, 6)), null).status()).isEqualTo(201);

        var delivery = draft("delivery", Map.of(), "OLD-BOX");
        var refused = refused(() -> act(delivery, "validate"));
        assertProblem(refused, 409, "lot-expired", "Package OLD-BOX", "MILK lot 'MILK-OLD'", "2020-01-31",
                "allowExpired");
        assertThat(refused.at("/packageId").asLong()).isEqualTo(old);
        assertProblem(refused(() -> act(delivery, "reserve")), 409, "lot-expired", "OLD-BOX", "MILK-OLD");

        long shelf = given.location("Shelf", io.stocktrace.location.Locations.STOCK);
        var inside = act(draft("internal", Map.of("sourceLocationId", io.stocktrace.location.Locations.STOCK,
                "destinationLocationId", shelf), "OLD-BOX"), "validate");
        assertThat(inside.status()).as(inside.body()).isEqualTo(200);
        var allowed = act(draft("delivery", Map.of("allowExpired", true, "sourceLocationId", shelf), "OLD-BOX"),
                "validate");
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/packages/" + old).at("/location").asString()).isEqualTo("Partners/Customers");
    }

    @Test
    void a_package_holding_a_quarantined_serial_is_neither_reserved_nor_moved_but_comes_back_by_a_return() {
        palletOfABox();
        long hotel = given.partner("Hotel");
        var shipped = act(draft("delivery", Map.of("partnerId", hotel), "PALLET"), "validate");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        long sn2 = given.lotId(phone, "SN-2");
        assertThat(admin.post("/api/v1/lots/" + sn2 + "/quarantine", Map.of("reason", "Smoke")).status())
                .isEqualTo(200);

        var back = admin.post("/api/v1/transfers/" + shipped.at("/id").asLong() + "/return",
                Map.of("packages", List.of("PALLET")));
        assertThat(back.status()).as(back.body()).isEqualTo(201);
        assertThat(act(back, "validate").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/packages/" + pallet).at("/location").asString()).isEqualTo("WH/Stock");

        var again = draft("internal", Map.of("sourceLocationId", io.stocktrace.location.Locations.STOCK,
                "destinationLocationId", given.location("Shelf", io.stocktrace.location.Locations.STOCK)), "PALLET");
        assertProblem(refused(() -> act(again, "reserve")), 409, "lot-blocked", "Package BOX",
                "PHONE serial 'SN-2'", "quarantine");
        var refused = refused(() -> act(again, "validate"));
        assertProblem(refused, 409, "lot-blocked", "Package BOX", "SN-2");
        assertThat(refused.at("/lotId").asLong()).isEqualTo(sn2);
    }

    @Test
    void checking_availability_of_a_draft_naming_a_package_reserves_its_content_until_unreserved_or_cancelled() {
        palletOfABox();
        var first = draft("delivery", Map.of(), "PALLET");
        var reserved = act(first, "reserve");
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        assertThat(reserved.at("/state").asString()).isEqualTo("ready");
        assertThat(reservedByPackage()).isEqualTo(Map.of(box, "6", pallet, "10"));
        assertThat(ledger.verify().drifts()).isEmpty();

        var second = draft("delivery", Map.of(), "BOX");
        String by = first.at("/reference").asString();
        assertProblem(refused(() -> act(second, "reserve")), 409, "insufficient-stock", "Package PALLET",
                "reserved by " + by);
        assertProblem(refused(() -> act(second, "validate")), 409, "insufficient-stock", "reserved by " + by);
        assertProblem(refused(() -> admin.post("/api/v1/packages/" + box + "/unpack", null)), 409,
                "insufficient-stock", "reserved by " + by);
        assertProblem(refused(() -> pack(pallet, List.of(line(bolts, null, null, 1)), null)), 409,
                "insufficient-stock", "reserved by " + by);
        assertThat(act(first, "reserve").status()).isEqualTo(200);

        var unreserved = act(first, "unreserve");
        assertThat(unreserved.status()).as(unreserved.body()).isEqualTo(200);
        assertThat(unreserved.at("/state").asString()).isEqualTo("draft");
        assertThat(reservedByPackage()).isEqualTo(Map.of(box, "0", pallet, "0"));
        assertThat(act(second, "reserve").status()).isEqualTo(200);
        assertThat(reservedByPackage()).isEqualTo(Map.of(box, "6", pallet, "0"));
        assertThat(ledger.verify().drifts()).isEmpty();
        assertProblem(refused(() -> act(first, "validate")), 409, "insufficient-stock", "Package BOX",
                "reserved by " + second.at("/reference").asString());

        assertThat(act(second, "cancel").status()).isEqualTo(200);
        assertThat(reservedByPackage()).isEqualTo(Map.of(box, "0", pallet, "0"));
        assertThat(act(first, "reserve").status()).isEqualTo(200);
        var shipped = act(first, "validate");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().path("lines").size()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NOT NULL").query(Long.class).single())
                .isZero();
        // verify runs after every test of this class: the reservations equal the open transfers'
    }

    @Test
    void unreserve_makes_a_ready_transfer_of_loose_stock_a_draft_again_and_gives_its_stock_back() {
        var delivery = given.transfer("delivery", null, line(milk, null, null, 7));
        var ready = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);
        assertThat(ready.at("/state").asString()).isEqualTo("ready");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "MILK-1") + "/quants").at("/items/0/reservedQuantity")
                .decimalValue()).isEqualByComparingTo("7");

        var draft = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/unreserve", null);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.at("/state").asString()).isEqualTo("draft");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "MILK-1") + "/quants").at("/items/0/reservedQuantity")
                .decimalValue()).isZero();
        assertThat(admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/unreserve", null)
                .at("/state").asString()).isEqualTo("draft");
        var done = given.done(delivery);
        assertThat(done.path("state").asString()).isEqualTo("done");
        assertProblem(admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/unreserve", null), 409,
                "invalid-state", "done");
    }

    @Test
    void a_recalls_customers_csv_and_page_name_the_case_and_pallet_each_shipment_left_in() {
        palletOfABox();
        long hotel = given.partner("Hotel");
        assertThat(act(draft("delivery", Map.of("partnerId", hotel), "PALLET"), "validate").status()).isEqualTo(200);
        var loose = given.transfer("delivery", hotel, line(milk, "MILK-1", null, 2));
        assertThat(given.done(loose).path("state").asString()).isEqualTo("done");

        var recall = admin.post("/api/v1/recalls", Map.of("lotId", given.lotId(milk, "MILK-1"), "reason", "Listeria"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        long id = recall.at("/id").asLong();
        var customer = admin.get("/api/v1/recalls/" + id).json().path("customers").get(0);
        assertThat(customer.path("packages").valueStream().map(n -> n.asString()).toList())
                .containsExactly("BOX", "PALLET");
        assertThat(customer.path("shipments").valueStream().map(s -> s.path("packages").size()).toList())
                .containsExactly(2, 0);

        var csv = admin.get("/api/v1/recalls/" + id + "/customers.csv");
        assertThat(csv.status()).isEqualTo(200);
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("partner_id,name,email,reference,date,product,lot,quantity,sscc");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains(",Hotel,").endsWith(",MILK-1,4.0000,BOX PALLET");
        assertThat(rows.get(2)).contains(",Hotel,").endsWith(",MILK-1,2.0000,");

        var page = io.stocktrace.support.Http.to(port).basic("admin", ADMIN_PASSWORD).get("/recalls/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<th>SSCC</th>", "<span>BOX in </span><span>PALLET</span>");
    }

    @Test
    void a_box_in_a_case_on_a_pallet_packed_shipped_returned_and_unpacked_leaves_every_package_move_sealed() {
        long inner = created("INNER", "box");
        palletOfABox();
        assertThat(pack(inner, List.of(line(phone, "SN-3", null, null)), null).status()).isEqualTo(201);
        assertThat(pack(box, List.of(), List.of("INNER")).status()).isEqualTo(201);
        long hotel = given.partner("Hotel");
        var shipped = act(draft("delivery", Map.of("partnerId", hotel), "PALLET"), "reserve");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(act(shipped, "validate").status()).isEqualTo(200);
        var back = admin.post("/api/v1/transfers/" + shipped.at("/id").asLong() + "/return",
                Map.of("packages", List.of("PALLET")));
        assertThat(act(back, "validate").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/packages/" + inner).at("/parent").asString()).isEqualTo("BOX");
        for (long unpacked : List.of(inner, box, pallet)) {
            assertThat(admin.post("/api/v1/packages/" + unpacked + "/unpack", null).status()).isEqualTo(200);
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NOT NULL").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM package_moves WHERE ledger_block_id IS NULL").query(Long.class)
                .single()).isZero();
        var report = ledger.verify();
        assertThat(report.isClean()).as(report.summary()).isTrue();
        assertThat(report.chain().rows()).isEqualTo(jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM move_lines) + (SELECT COUNT(*) FROM lot_events)
                     + (SELECT COUNT(*) FROM recall_lots) + (SELECT COUNT(*) FROM recalls)
                     + (SELECT COUNT(*) FROM package_moves)
                """).query(Long.class).single());
    }

    private static Map<String, Object> withExpiry(Map<String, Object> line, String date) {
        Map<String, Object> with = new LinkedHashMap<>(line);
        with.put("expirationDate", date);
        return with;
    }
}
