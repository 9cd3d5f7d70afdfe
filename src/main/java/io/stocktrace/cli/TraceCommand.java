package io.stocktrace.cli;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code trace <lot> --product <sku> [--upstream|--downstream] [--format tree|json|csv] [--server URL]}: the
 * lot's genealogy from a running server; both directions unless one is asked.
 */
final class TraceCommand {
    static final String USAGE = "trace <lot> --product <sku> [--upstream|--downstream] [--format tree|json|csv] [--server URL]";

    private TraceCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("product", "format", "server"), Set.of("upstream", "downstream"));
        String lotName = args.single("lot or serial number");
        String sku = args.required("product");
        String format = args.option("format", "tree");
        if (!Set.of("tree", "json", "csv").contains(format)) {
            throw CliFailure.usage("--format must be tree, json or csv, got '" + format + "'");
        }
        if (args.flag("upstream") && args.flag("downstream")) {
            throw CliFailure.usage("--upstream and --downstream together: leave both out for both directions");
        }
        String direction = args.flag("upstream") ? "upstream" : args.flag("downstream") ? "downstream" : "both";

        ServerClient server = ServerClient.from(args, console);
        JsonNode lot = new Lookups(server).lot(lotName, sku);
        JsonNode trace = server.get("/lots/" + lot.path("id").asLong() + "/trace?direction=" + direction);
        console.out().print(switch (format) {
            case "json" -> ServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(trace) + System.lineSeparator();
            case "csv" -> TraceCsv.render(trace);
            default -> TraceTree.render(trace, direction);
        });
        console.out().flush();
        return 0;
    }
}
