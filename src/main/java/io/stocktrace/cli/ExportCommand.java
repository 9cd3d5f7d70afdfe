package io.stocktrace.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code export <products|lots|stock> [--output file.csv]} with the lot list's filters ({@code --product <sku>},
 * {@code --status}, {@code --q}, {@code --expires-before}, {@code --expired}, {@code --on-hand}): the CSV of
 * {@code GET /exports/{kind}.csv}, to stdout or a file, in the columns {@code import} reads.
 */
final class ExportCommand {
    static final String USAGE = "export <products|lots|stock> [--output file.csv] [--product <sku>] [--status s] [--q text]"
            + " [--expires-before yyyy-MM-dd] [--expired] [--on-hand] [--server URL]";

    private ExportCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("output", "product", "status", "q", "expires-before", "server"),
                Set.of("expired", "on-hand"));
        String kind = ImportCommand.kind(args.single("kind"));
        ServerClient server = ServerClient.from(args, console);
        Map<String, Object> filters = new LinkedHashMap<>();
        if (args.option("product") != null) {
            filters.put("productId", new Lookups(server).product(args.option("product")).path("id").asLong());
        }
        filters.put("status", args.option("status"));
        filters.put("q", args.option("q"));
        filters.put("expiresBefore", args.option("expires-before"));
        filters.put("expired", args.flag("expired") ? "true" : null);
        filters.put("onHand", args.flag("on-hand") ? "true" : null);
        String csv = server.getText("/exports/" + kind + ".csv" + ServerClient.query(filters), "text/csv");
        Output.write(console, args.option("output"), csv.getBytes(StandardCharsets.UTF_8));
        return 0;
    }
}
