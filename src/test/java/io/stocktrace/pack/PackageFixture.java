package io.stocktrace.pack;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.Http;
import io.stocktrace.support.LedgerStaysSound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock of a serial, a lot and an untracked product, packages on, and the calls packages tests make. */
abstract class PackageFixture extends LedgerStaysSound {
    protected long phone;
    protected long milk;
    protected long bolts;

    @BeforeEach
    void stock() {
        phone = given.product("PHONE", "serial");
        milk = given.product("MILK", "lot");
        bolts = given.product("BOLT", "none");
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3", "SN-4");
        given.receivedLot(milk, "MILK-1", 10);
        given.done(given.transfer("receipt", null, line(bolts, null, null, 50)));
        packagesOn();
    }

    protected void packagesOn() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "packages", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/packages").asBoolean()).isTrue();
    }

    protected Http.Response create(String name, String type, Long parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        body.put("type", type);
        if (parentId != null) {
            body.put("parentId", parentId);
        } else {
            body.put("locationId", Locations.STOCK);
        }
        return admin.post("/api/v1/packages", body);
    }

    protected long created(String name, String type) {
        var r = create(name, type, null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.at("/id").asLong();
    }

    protected Http.Response pack(long packageId, List<Map<String, Object>> lines, List<String> packages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("packageId", packageId);
        body.put("lines", lines);
        body.put("packages", packages);
        return admin.post("/api/v1/packages/put-in-pack", body);
    }

    /** The packages and every quant, as text: what a refused request must leave as it was. */
    protected String packageState() {
        return String.join(";", jdbc.sql("SELECT id, name, parent_id, location_id FROM packages ORDER BY id")
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/"
                        + rs.getString(4)).list())
                + "|" + String.join(";", jdbc.sql("""
                        SELECT product_id, location_id, lot_key, package_key, quantity FROM quants
                        ORDER BY product_id, location_id, lot_key, package_key""")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4)
                        + "/" + rs.getBigDecimal(5).stripTrailingZeros().toPlainString()).list());
    }

    protected Http.Response refused(Supplier<Http.Response> call) {
        String before = packageState();
        Http.Response r = changesNothing(call);
        assertThat(packageState()).as(r.body()).isEqualTo(before);
        return r;
    }
}
