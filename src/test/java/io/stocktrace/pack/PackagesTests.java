package io.stocktrace.pack;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Packages: created, filled (Put in Pack), nested and emptied (Unpack), each rule held with nothing left half done. */
abstract class PackagesTests extends PackageFixture {
    @Test
    void a_package_is_named_pack_00001_without_a_company_prefix_and_by_the_next_sscc_with_one() {
        var free = create(null, "pallet", null);
        assertThat(free.status()).as(free.body()).isEqualTo(201);
        assertThat(free.at("/name").asString()).isEqualTo("PACK00001");
        assertThat(free.at("/sscc").asBoolean()).isFalse();
        assertThat(free.at("/type").asString()).isEqualTo("pallet");
        assertThat(free.at("/location").asString()).isEqualTo("WH/Stock");

        var settings = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "9501101")), "ssccExtensionDigit", 3));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.at("/packages").asBoolean()).as("left out, the setting stays").isTrue();
        var sscc = create(null, "case", null);

        assertThat(sscc.status()).as(sscc.body()).isEqualTo(201);
        String name = sscc.at("/name").asString();
        assertThat(name).hasSize(18).startsWith("39501101").matches("[0-9]{18}");
        assertThat(Sscc.isSscc(name)).isTrue();
        assertThat(sscc.at("/sscc").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/packages/by-name?name=" + name).at("/id").asLong()).isEqualTo(sscc.at("/id").asLong());
        assertThat(admin.get("/api/v1/packages?name=pack0").at("/total").asLong()).isEqualTo(1);
    }

    @Test
    void serials_and_part_of_a_lot_are_packed_into_a_case_and_the_case_onto_a_pallet_changing_no_quantity() {
        long pallet = created("PALLET-1", "pallet");
        long box = created(null, "case");

        var packed = pack(box, List.of(line(phone, null, List.of("SN-1", "SN-2"), null), line(milk, "MILK-1", null, 4)),
                null);
        assertThat(packed.status()).as(packed.body()).isEqualTo(201);
        assertThat(packed.at("/reference").asString()).isEqualTo("WH/PACK/00001");
        assertThat(packed.at("/quantity").decimalValue()).isEqualByComparingTo("6");
        var stacked = pack(pallet, List.of(), List.of("PACK00001"));
        assertThat(stacked.status()).as(stacked.body()).isEqualTo(201);
        assertThat(stacked.at("/packages/0").asString()).isEqualTo("PACK00001");

        var content = admin.get("/api/v1/packages/" + pallet);
        assertThat(content.at("/totalQuantity").decimalValue()).isEqualByComparingTo("6");
        assertThat(content.at("/items").size()).isZero();
        assertThat(content.at("/packages/0/name").asString()).isEqualTo("PACK00001");
        assertThat(content.at("/packages/0/parent").asString()).isEqualTo("PALLET-1");
        assertThat(content.at("/packages/0/items").findValuesAsString("lot")).containsExactly("MILK-1", "SN-1", "SN-2");
        long milkLot = given.lotId(milk, "MILK-1");
        assertThat(admin.get("/api/v1/lots/" + milkLot).at("/quantityOnHand").decimalValue()).isEqualByComparingTo("10");
        var operations = admin.get("/api/v1/lots/" + milkLot + "/operations");
        assertThat(operations.at("/items/0/reference").asString()).isEqualTo("WH/PACK/00001");
        assertThat(operations.at("/items/0/type").asString()).isEqualTo("pack");
        assertThat(admin.get("/api/v1/lots/" + milkLot + "/balance").at("/discrepancy").decimalValue()).isZero();
        assertThat(admin.get("/api/v1/lots/" + milkLot + "/balance").at("/onHand").decimalValue())
                .isEqualByComparingTo("10");
    }

    @Test
    void unpacking_takes_everything_out_loose_or_only_what_is_named_and_never_more_than_the_package_holds() {
        long box = created("BOX-1", "box");
        assertThat(pack(box, List.of(line(milk, "MILK-1", null, 6), line(bolts, null, null, 20),
                line(phone, "SN-3", null, null)), null).status()).isEqualTo(201);

        var tooMuch = refused(() -> admin.post("/api/v1/packages/" + box + "/unpack",
                Map.of("lines", List.of(line(milk, "MILK-1", null, 7)))));
        assertProblem(tooMuch, 409, "insufficient-stock", "BOX-1", "only 6");
        var some = admin.post("/api/v1/packages/" + box + "/unpack", Map.of("lines", List.of(line(bolts, null, null, 5))));
        assertThat(some.status()).as(some.body()).isEqualTo(200);
        assertThat(some.at("/reference").asString()).isEqualTo("WH/UNPACK/00001");
        assertThat(admin.get("/api/v1/packages/" + box).at("/totalQuantity").decimalValue()).isEqualByComparingTo("22");

        var all = admin.post("/api/v1/packages/" + box + "/unpack", null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.at("/quantity").decimalValue()).isEqualByComparingTo("22");
        assertThat(admin.get("/api/v1/packages/" + box).at("/totalQuantity").decimalValue()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NOT NULL").query(Long.class).single())
                .isZero();
        // loose again, so a delivery may take it
        var delivery = given.transfer("delivery", null, line(phone, "SN-3", null, null), line(bolts, null, null, 50));
        assertThat(admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/validate", null).status())
                .isEqualTo(200);
    }

    @Test
    void a_serial_is_in_one_package_at_most_and_packed_stock_is_not_delivered_loose() {
        long first = created("BOX-1", "box");
        long second = created("BOX-2", "box");
        assertThat(pack(first, List.of(line(phone, "SN-1", null, null)), null).status()).isEqualTo(201);

        assertProblem(refused(() -> pack(second, List.of(line(phone, null, List.of("SN-2", "SN-1"), null)), null)),
                409, "already-packed", "SN-1");
        assertProblem(refused(() -> pack(first, List.of(line(phone, "SN-1", null, null)), null)), 409,
                "already-packed", "BOX-1");
        var delivery = given.transfer("delivery", null, line(phone, "SN-1", null, null));
        assertProblem(refused(() -> admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/validate",
                null)), 409, "insufficient-stock");
    }

    @Test
    void a_package_never_goes_inside_itself_however_deep() {
        long pallet = created("PALLET-1", "pallet");
        long box = created("CASE-1", "case");
        long inner = created("INNER-1", "box");
        assertThat(pack(pallet, List.of(), List.of("CASE-1")).status()).isEqualTo(201);
        assertThat(pack(box, List.of(), List.of("INNER-1")).status()).isEqualTo(201);

        var cycle = refused(() -> pack(inner, List.of(), List.of("PALLET-1")));
        assertProblem(cycle, 422, "package-cycle", "PALLET-1", "INNER-1");
        assertThat(fields(cycle)).containsExactly("packages[0]");
        assertProblem(refused(() -> pack(pallet, List.of(), List.of("PALLET-1"))), 422, "package-cycle", "itself");
        assertThat(admin.get("/api/v1/packages/" + pallet).at("/packages/0/packages/0/name").asString())
                .isEqualTo("INNER-1");
    }

    @Test
    void what_is_not_there_or_not_where_the_package_is_is_refused_with_nothing_written() {
        long shelf = given.location("Shelf", Locations.STOCK);
        long box = created("BOX-1", "box");
        var elsewhere = admin.post("/api/v1/packages", Map.of("name", "BOX-9", "locationId", shelf));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);

        assertProblem(refused(() -> pack(box, List.of(line(milk, "MILK-1", null, 11)), null)), 409,
                "insufficient-stock", "MILK lot 'MILK-1'");
        assertProblem(refused(() -> pack(box, List.of(line(milk, "NO-SUCH", null, 1)), null)), 422, "lot-not-found");
        assertProblem(refused(() -> pack(box, List.of(line(milk, null, null, 1)), null)), 422, "lot-required");
        var away = refused(() -> pack(box, List.of(), List.of("BOX-9")));
        assertProblem(away, 422, "validation-failed", "Shelf");
        assertThat(fields(away)).containsExactly("packages[0]");
        assertProblem(refused(() -> pack(box, List.of(), List.of("NOPE"))), 422, "validation-failed");
        assertProblem(refused(() -> pack(box, List.of(), List.of())), 422, "validation-failed");
        assertProblem(refused(() -> create("BOX-1", "box", null)), 409, "duplicate-package-name");
        assertProblem(refused(() -> create("123456789012345670", "pallet", null)), 422, "validation-failed",
                "check digit should be 5");
        assertProblem(refused(() -> admin.post("/api/v1/packages", Map.of("locationId", Locations.CUSTOMERS))), 422,
                "validation-failed", "Partners/Customers");
        assertProblem(refused(() -> admin.post("/api/v1/packages/99999/unpack", null)), 404, "not-found");
        assertProblem(userWithRole("viewer").post("/api/v1/packages", Map.of("locationId", Locations.STOCK)), 403,
                "forbidden");
    }

    @Test
    void a_new_package_is_made_and_filled_in_one_put_in_pack() {
        var r = admin.post("/api/v1/packages/put-in-pack", Map.of("package", Map.of("type", "case",
                "locationId", Locations.STOCK), "lines", List.of(line(phone, null, List.of("SN-1", "SN-2"), null))));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.at("/pack/name").asString()).isEqualTo("PACK00001");
        assertThat(r.at("/pack/type").asString()).isEqualTo("case");
        assertThat(admin.get("/api/v1/packages/" + r.at("/pack/id").asLong()).at("/items").size()).isEqualTo(2);
        var refusedNew = refused(() -> admin.post("/api/v1/packages/put-in-pack", Map.of("package",
                Map.of("type", "case", "locationId", Locations.STOCK), "lines", List.of(line(phone, "SN-1", null, null)))));
        assertProblem(refusedNew, 409, "already-packed");
    }

    @Test
    void packages_are_refused_while_the_setting_is_off() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true, "packages", false));

        assertProblem(refused(() -> create(null, "box", null)), 409, "feature-disabled", "Packages");
        assertProblem(refused(() -> admin.post("/api/v1/packages/1/unpack", null)), 409, "feature-disabled");
    }
}
