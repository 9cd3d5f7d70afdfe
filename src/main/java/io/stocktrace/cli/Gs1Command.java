package io.stocktrace.cli;

import io.stocktrace.gs1.Gs1Data;
import io.stocktrace.gs1.Gs1Element;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.gs1.Gs1SyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@code gs1 parse <data>}: what a bracketed element string, raw scan data or a GS1 Digital Link URI says, offline
 * (no server needed). In raw data, {@code ^} or {@code \x1d} stand for FNC1 / GS as a terminal cannot type them.
 */
final class Gs1Command {
    static final String USAGE = "gs1 parse <bracketed | scan data | Digital Link URI>";

    private Gs1Command() {
    }

    static int run(List<String> words, Console console, Clock clock) {
        CliArguments args = CliArguments.parse(words, Set.of(), Set.of());
        if (args.positional().size() != 2 || !args.positional().get(0).equals("parse")) {
            throw CliFailure.usage("expected: " + USAGE);
        }
        String data = args.positional().get(1).replace("\\x1d", "\u001d").replace("\\x1D", "\u001d");
        Gs1Data parsed;
        try {
            parsed = new Gs1SyntaxEngine(clock).parse(data);
        } catch (Gs1SyntaxException e) {
            throw CliFailure.failed("Not valid GS1 data: " + e.getMessage() + System.lineSeparator() + "  " + data
                    + System.lineSeparator() + "  " + " ".repeat(Math.max(0, Math.min(e.position(), data.length()))) + "^");
        }
        StringBuilder out = new StringBuilder();
        for (Gs1Element element : parsed.elements()) {
            out.append('(').append(element.ai()).append(") ").append(element.value()).append(System.lineSeparator());
        }
        out.append(System.lineSeparator());
        parsed.gtin().ifPresent(v -> out.append("gtin: ").append(v).append(System.lineSeparator()));
        parsed.lot().ifPresent(v -> out.append("lot: ").append(v).append(System.lineSeparator()));
        parsed.serial().ifPresent(v -> out.append("serial: ").append(v).append(System.lineSeparator()));
        parsed.expirationDate().ifPresent(v -> out.append("expiration date: ").append(v).append(System.lineSeparator()));
        parsed.bestBeforeDate().ifPresent(v -> out.append("best before: ").append(v).append(System.lineSeparator()));
        parsed.productionDate().ifPresent(v -> out.append("production date: ").append(v).append(System.lineSeparator()));
        out.append("bracketed: ").append(parsed.toBracketed()).append(System.lineSeparator());
        console.out().print(out);
        console.out().flush();
        return 0;
    }
}
