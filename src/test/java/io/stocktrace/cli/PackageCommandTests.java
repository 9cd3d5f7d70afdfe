package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code package} as a person runs it against a running server: pack, show, ship, receive an ASN, by name. */
abstract class PackageCommandTests extends ApiTest {
    private record Run(int exitCode, String out, String err) {
    }

    private String token;
    private long partner;

    @BeforeEach
    void phones() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
        partner = given.partner("Hotel");
        assertThat(admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "packages", true)).status()).isEqualTo(200);
        token = admin.post("/api/v1/users/1/tokens", Map.of("name", "cli")).json().path("token").asString();
    }

    @Test
    void packs_serials_into_a_new_case_shows_it_as_a_tree_and_ships_it_by_name() {
        Run packed = cli("package", "pack", "--new", "case", "--location", "2", "--product", "PHONE",
                "--serials", "SN-1,SN-2");
        assertThat(packed.exitCode()).as(packed.err()).isZero();
        assertThat(packed.out()).startsWith("WH/PACK/00001");

        Run shown = cli("package", "show", "PACK00001");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("case PACK00001 · WH/Stock · 2", "PHONE SN-1 × 1", "PHONE SN-2 × 1");

        Run shipped = cli("package", "ship", "PACK00001", "--partner", Long.toString(partner));
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        assertThat(shipped.out()).startsWith("WH/OUT/00001 done").contains("PACK00001");
        assertThat(cli("package", "show", "PACK00001").out()).contains("Partners/Customers");
    }

    @Test
    void receives_a_pallet_from_an_advance_shipping_notice_and_says_what_is_wrong_with_a_bad_one() throws IOException {
        Path asn = Files.createTempFile("asn", ".csv");
        Files.writeString(asn, "sscc,type,parent,sku,lot,serial,quantity\n106141412345678908,pallet,,,,,\n"
                + "CASE-A,case,106141412345678908,PHONE,,SN-7,\nCASE-A,case,106141412345678908,PHONE,,SN-8,\n");
        Run received = cli("package", "receive-asn", asn.toString(), "--validate");
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out()).startsWith("WH/IN/").contains("done");
        assertThat(cli("package", "show", "106141412345678908").out()).contains("pallet 106141412345678908",
                "  case CASE-A", "PHONE SN-7 × 1");

        Files.writeString(asn, "sscc,type,parent,sku,lot,serial,quantity\nCASE-B,case,,NOPE,,X-1,\n");
        Run refused = cli("package", "receive-asn", asn.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("line 2.sku");
        Run missing = cli("package", "unpack", "NO-SUCH");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("NO-SUCH");
    }

    private Run cli(String... args) {
        List<String> withServer = new ArrayList<>(List.of(args));
        withServer.addAll(List.of("--server", "http://localhost:" + port));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(withServer.toArray(String[]::new), new Console(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("STOCKTRACE_TOKEN", token)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
