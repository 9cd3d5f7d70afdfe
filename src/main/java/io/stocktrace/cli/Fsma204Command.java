package io.stocktrace.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code fsma204 [--lot <lot> --product <sku> | --product <sku>] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--out file.xlsx]}:
 * the FDA FSMA 204 sortable spreadsheet, of a lot and its whole trace, of a product, or of every lot on the Food
 * Traceability List; .xlsx when the output file says so, CSV otherwise.
 */
final class Fsma204Command {
    static final String USAGE = "fsma204 [--lot <lot> --product <sku> | --product <sku>] [--from yyyy-MM-dd] [--to yyyy-MM-dd]"
            + " [--out file.xlsx|file.csv] [--server URL]";

    private Fsma204Command() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("lot", "product", "from", "to", "out", "server"), Set.of());
        if (!args.positional().isEmpty()) {
            throw CliFailure.usage("unexpected " + args.positional() + ": " + USAGE);
        }
        if (args.option("lot") != null && args.option("product") == null) {
            throw CliFailure.usage("--lot needs --product: lot names are unique per product");
        }
        String out = args.option("out");
        boolean xlsx = out != null && out.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        ServerClient server = ServerClient.from(args, console);
        Lookups lookups = new Lookups(server);
        Map<String, Object> query = new LinkedHashMap<>();
        if (args.option("lot") != null) {
            query.put("lotId", lookups.lot(args.option("lot"), args.option("product")).path("id").asLong());
        } else if (args.option("product") != null) {
            query.put("productId", lookups.product(args.option("product")).path("id").asLong());
        }
        query.put("from", args.option("from"));
        query.put("to", args.option("to"));
        query.put("format", xlsx ? "xlsx" : "csv");
        byte[] spreadsheet = server.getBytes("/reports/fsma204" + ServerClient.query(query),
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        Output.write(console, out, spreadsheet);
        return 0;
    }
}
