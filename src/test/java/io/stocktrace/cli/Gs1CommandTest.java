package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gs1 parse}: offline, what a scanned code says, or where it is wrong. */
class Gs1CommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void reads_scan_data_with_a_typed_group_separator() {
        int exit = Gs1Command.run(List.of("parse", "]d20109506000134352" + "10F-1\\x1d17270131"), console, clock);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(01) 09506000134352", "(10) F-1", "(17) 270131",
                "gtin: 09506000134352", "lot: F-1", "expiration date: 2027-01-31", "bracketed: (01)09506000134352(10)F-1(17)270131");
    }

    @Test
    void reads_a_digital_link_uri() {
        int exit = Gs1Command.run(List.of("parse", "https://id.gs1.org/01/09506000134352/21/SN-7"), console, clock);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serial: SN-7");
    }

    @Test
    void points_at_what_is_wrong_and_exits_1() {
        int exit = CommandLine.run(new String[] {"gs1", "parse", "(01)09506000134353(10)F-1"}, console);
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Not valid GS1 data:").contains("(01)09506000134353(10)F-1", "^");
        assertThat(CommandLine.run(new String[] {"gs1", "decode", "x"}, console)).isEqualTo(2);
    }
}
