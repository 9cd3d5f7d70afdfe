package io.stocktrace.pack;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Put in Pack in bulk: a pallet of cases made and filled by one request, all or nothing. */
abstract class PackManyTests extends PackageFixture {
    private static Map<String, Object> newCase(List<Map<String, Object>> lines) {
        return Map.of("package", Map.of("type", "case", "locationId", Locations.STOCK), "lines", lines);
    }

    @Test
    void a_pallet_of_two_cases_is_made_and_filled_by_one_request_each_case_a_put_in_pack_of_its_own() {
        var r = admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(Map.of(
                "package", Map.of("name", "PALLET-1", "type", "pallet", "locationId", Locations.STOCK),
                "lines", List.of(line(milk, "MILK-1", null, 4)),
                "contents", List.of(newCase(List.of(line(phone, null, List.of("SN-1", "SN-2"), null))),
                        newCase(List.of(line(phone, null, List.of("SN-3"), null))))))));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/operations").findValuesAsString("reference"))
                .containsExactly("WH/PACK/00001", "WH/PACK/00002", "WH/PACK/00003");
        assertThat(r.at("/operations/2/pack/name").asString()).isEqualTo("PALLET-1");
        assertThat(r.at("/operations/2/packages/0").asString()).isEqualTo("PACK00001");
        assertThat(r.at("/operations/2/packages/1").asString()).isEqualTo("PACK00002");
        var pallet = admin.get("/api/v1/packages/by-name?name=PALLET-1");
        assertThat(pallet.at("/totalQuantity").decimalValue()).isEqualByComparingTo("7");
        assertThat(pallet.at("/packages/0/items").findValuesAsString("lot")).containsExactly("SN-1", "SN-2");
        assertThat(pallet.at("/packages/1/items").findValuesAsString("lot")).containsExactly("SN-3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id IS NULL AND lot_id = :lot")
                .param("lot", given.lotId(phone, "SN-4")).query(Long.class).single()).isEqualTo(1);

        // the serials come out again, loose, and may be delivered
        long box = r.at("/operations/0/pack/id").asLong();
        var out = admin.post("/api/v1/packages/" + box + "/unpack", null);
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.at("/quantity").decimalValue()).isEqualByComparingTo("2");
        var delivery = given.transfer("delivery", null, line(phone, "SN-1", null, null));
        assertThat(admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/validate", null).status())
                .isEqualTo(200);
    }

    @Test
    void one_refused_put_in_pack_refuses_the_whole_request_naming_its_place_in_the_nesting() {
        var twice = refused(() -> admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(Map.of(
                "package", Map.of("type", "pallet", "locationId", Locations.STOCK),
                "contents", List.of(newCase(List.of(line(phone, null, List.of("SN-1"), null))),
                        newCase(List.of(line(phone, null, List.of("SN-2", "SN-1"), null)))))))));
        assertProblem(twice, 409, "already-packed", "SN-1");
        assertThat(fields(twice)).containsExactly("packs[0].contents[1].lines[0].serials[1]");

        assertProblem(refused(() -> admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of()))), 422,
                "validation-failed");
        var reserved = refused(() -> admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(
                newCase(List.of(line(phone, null, List.of("SN-1"), null))),
                newCase(List.of(line(milk, "MILK-1", null, 11)))))));
        assertProblem(reserved, 409, "insufficient-stock", "MILK lot 'MILK-1'");
        assertProblem(userWithRole("viewer").post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(
                newCase(List.of(line(phone, null, List.of("SN-1"), null)))))), 403, "forbidden");
    }

    @Test
    void a_serial_not_there_or_reserved_refuses_the_whole_request_naming_the_put_in_pack_it_was_in() {
        given.receivedSerials(phone, "SN-5");
        given.done(given.transfer("delivery", null, line(phone, "SN-5", null, null)));
        var delivery = given.transfer("delivery", null, line(phone, "SN-4", null, null));
        var ready = admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        String before = packageState();

        var gone = refused(() -> admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(
                newCase(List.of(line(phone, null, List.of("SN-1"), null))),
                Map.of("package", Map.of("type", "pallet", "locationId", Locations.STOCK),
                        "contents", List.of(newCase(List.of(line(phone, null, List.of("SN-2"), null))),
                                newCase(List.of(line(phone, null, List.of("SN-5"), null))))),
                newCase(List.of(line(phone, null, List.of("SN-3"), null)))))));
        assertProblem(gone, 409, "insufficient-stock", "packs[1].contents[1]: ", "PHONE serial 'SN-5'");
        assertThat(packageState()).isEqualTo(before);

        var reserved = refused(() -> admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(
                newCase(List.of(line(phone, null, List.of("SN-1", "SN-2"), null))),
                newCase(List.of(line(phone, null, List.of("SN-3", "SN-4"), null)))))));
        assertProblem(reserved, 409, "insufficient-stock", "packs[1]: ", "PHONE serial 'SN-4'", "reserved");
        assertThat(packageState()).isEqualTo(before);
    }

    @Test
    void each_put_in_pack_of_a_bulk_request_keeps_its_own_reference_and_time_on_its_move_lines() {
        var r = admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(
                newCase(List.of(line(phone, null, List.of("SN-1", "SN-2"), null))),
                newCase(List.of(line(phone, null, List.of("SN-3"), null), line(milk, "MILK-1", null, 2))),
                newCase(List.of(line(phone, null, List.of("SN-4"), null))))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        var lines = jdbc.sql("""
                SELECT m.reference, l.name, m.result_package_id, p.name AS pack FROM move_lines m
                JOIN lots l ON l.id = m.lot_id JOIN packages p ON p.id = m.result_package_id
                WHERE m.operation_type = 'pack' ORDER BY m.id""")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(4)).list();
        assertThat(lines).containsExactly("WH/PACK/00001 SN-1 PACK00001", "WH/PACK/00001 SN-2 PACK00001",
                "WH/PACK/00002 SN-3 PACK00002", "WH/PACK/00002 MILK-1 PACK00002", "WH/PACK/00003 SN-4 PACK00003");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT occurred_at) FROM move_lines WHERE reference = 'WH/PACK/00001'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM quants q JOIN packages p ON p.id = q.package_id
                WHERE p.name IN ('PACK00001', 'PACK00002', 'PACK00003')""").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void every_problem_of_every_put_in_pack_is_reported_at_once_each_under_its_item_and_field_and_nothing_is_written() {
        var r = refused(() -> admin.post("/api/v1/packages/put-in-pack/many", Map.of("packs", List.of(
                newCase(List.of(line(phone, null, List.of("SN-1"), null))),
                Map.of("package", Map.of("type", "pallet", "locationId", Locations.STOCK),
                        "packages", List.of("NO-SUCH-PACKAGE"),
                        "contents", List.of(newCase(List.of(line(phone, null, List.of("SN-2"), null))),
                                newCase(List.of(line(phone, null, List.of("SN-1"), null),
                                        line(milk, "MILK-1", null, 99))))),
                Map.of("package", Map.of("type", " ", "locationId", Locations.STOCK),
                        "lines", List.of(line(phone, null, List.of("SN-3"), null))),
                newCase(List.of(line(phone, null, List.of("SN-4", "NO-SUCH-SERIAL"), null)))))));

        assertProblem(r, 422, "validation-failed", "5 problems");
        assertThat(fields(r)).containsExactlyInAnyOrder("packs[2].package.type",
                "packs[3].lines[0].serials[1]", "packs[1].packages[0]", "packs[1].contents[1].lines[0].serials[0]",
                "packs[1].contents[1].lines[1].lot");
        assertThat(r.json().path("errors").findValuesAsString("message")).anySatisfy(m -> assertThat(m)
                .contains("PHONE serial 'SN-1'", "in another package")).anySatisfy(m -> assertThat(m)
                .contains("MILK lot 'MILK-1'", "only 10")).anySatisfy(m -> assertThat(m)
                .contains("NO-SUCH-SERIAL")).anySatisfy(m -> assertThat(m).contains("NO-SUCH-PACKAGE"));
    }
}
